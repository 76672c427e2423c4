"""Origin-statement wording and data elements per agreement (data in origin_statements.yaml)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel


class Element(BaseModel):
    """A data element the agreement requires, with the provision it comes from."""

    id: str
    article: str
    text: str


class AgreementRules(BaseModel):
    """What one agreement asks of an origin statement."""

    term_id: str
    partners: list[str]
    source_lang: str
    validity_months: int
    basis: str
    elements: list[Element]
    criteria: dict[str, str]
    wording: dict[str, str]

    def criterion(self, code: str | None) -> str:
        """The agreement's own code for our criterion code (WO, PE, PSR, CTC, RVC, SP...)."""
        if not code:
            return "—"
        return self.criteria.get(code.upper(), code.upper())


@lru_cache(maxsize=1)
def load_agreements() -> dict[str, AgreementRules]:
    """The packaged agreement rules, by agreement id."""
    text = (
        resources.files("export_assist.documents") / "data" / "origin_statements.yaml"
    ).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return {k: AgreementRules.model_validate(v) for k, v in data["agreements"].items()}
