"""Application forms as data: common fields, fields per kind of benefit, per programme."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from export_assist.domain.programmes import Programme
from export_assist.errors import InvalidInput

SOURCES = (
    "company.name", "company.corporate_number", "company.address", "company.representative",
    "company.established", "company.contact_email", "company.phone",
    "profile.capital_jpy", "profile.employees", "profile.company_size", "profile.sector",
    "profile.prefecture", "profile.products", "profile.hs_codes", "profile.target_markets",
    "profile.export_experience", "profile.planned_activities",
    "einvoice.export_sales", "einvoice.export_customers", "einvoice.export_countries",
    "manual",
)  # fmt: skip


class FormField(BaseModel):
    """One field of an application form and where its value comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=r"^[a-z_]+$")
    label_ja: str
    label_en: str
    source: Literal[SOURCES]  # type: ignore[valid-type]


class FormFile(BaseModel):
    """A file of fields: common to all, for a kind of benefit, or for one programme."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    programme: str | None = None
    fields: list[FormField]


class FormLibrary:
    """All form files of a folder; `form_for` assembles a programme's form."""

    def __init__(self, folder: Path) -> None:
        self.common: list[FormField] = []
        self.by_kind: dict[str, list[FormField]] = {}
        self.by_programme: dict[str, list[FormField]] = {}
        problems = []
        for path in sorted(folder.glob("*.yaml")):
            try:
                form = FormFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
            except (ValidationError, yaml.YAMLError) as exc:
                problems.append(f"{path}: {exc}")
                continue
            self._add(form)
        if problems:
            raise InvalidInput("Problems in the application forms:\n" + "\n".join(problems))

    def _add(self, form: FormFile) -> None:
        if form.kind == "common":
            self.common = form.fields
        elif form.kind == "programme" and form.programme:
            self.by_programme[form.programme] = form.fields
        else:
            self.by_kind[form.kind] = form.fields

    def form_for(self, programme: Programme) -> list[FormField]:
        """Common fields, then the benefit kind's, then the programme's own (keys unique)."""
        fields = [
            *self.common,
            *self.by_kind.get(programme.benefit.kind, []),
            *self.by_programme.get(programme.id, []),
        ]
        seen: set[str] = set()
        return [f for f in fields if not (f.key in seen or seen.add(f.key))]  # type: ignore[func-returns-value]
