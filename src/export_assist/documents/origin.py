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
    wording_source: str
    official: list[str]
    review: list[str]

    def criterion(self, code: str | None) -> str:
        """The agreement's own code for our criterion code (WO, PE, PSR, CTC, RVC, SP...)."""
        if not code:
            return "—"
        return self.criteria.get(code.upper(), code.upper())

    def text(self, lang: str) -> tuple[str, str, str | None]:
        """(language used, wording, note) for a document language: the agreement's own
        wording, else its source-language version; never a machine translation."""
        used = lang if lang in self.wording else self.source_lang
        note = None
        if used != lang:
            note = f"{self.source_lang} version (no {lang} wording on file; legal text is not machine-translated)"
        elif used not in self.official:
            note = (
                "reference translation; the agreement prescribes no wording in this language"
                if self.official
                else "wording not prescribed by the agreement"
            )
        if used in self.review:
            note = "; ".join(
                x for x in (note, "wording to be checked against the agreement text") if x
            )
        return used, self.wording[used], note


@lru_cache(maxsize=1)
def load_agreements() -> dict[str, AgreementRules]:
    """The packaged agreement rules, by agreement id."""
    text = (
        resources.files("export_assist.documents") / "data" / "origin_statements.yaml"
    ).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return {k: AgreementRules.model_validate(v) for k, v in data["agreements"].items()}
