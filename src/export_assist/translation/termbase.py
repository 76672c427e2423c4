"""The term base: fixed trade vocabulary (labels, Incoterms, units, payment terms,
regulatory and customs terms, authorities, agreements) in nine languages, as data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from export_assist.errors import ConfigurationError, NotFound
from export_assist.languages import LANGUAGES, UNSPACED
from export_assist.translation.textnorm import form_pattern, norm

# Only these categories are looked for inside running text: a sentence mentioning "the
# total" or "air" must not be forced to use the label forms of fields, units or modes.
IN_TEXT_CATEGORIES = {"document", "incoterm", "payment", "regulatory", "authority", "agreement"}


@dataclass(frozen=True)
class Term:
    """One concept with its preferred form per language and accepted variants."""

    id: str
    category: str
    forms: dict[str, str]
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    any: tuple[str, ...] = ()
    one: dict[str, str] = field(default_factory=dict)  # singular forms ("1 carton")

    def get(self, lang: str) -> str:
        """Preferred form in a language (English if the language is missing)."""
        return self.forms.get(lang) or self.forms["en"]

    def counted(self, lang: str, plural: str) -> str:
        """The form after a number of CLDR plural category `plural` ("one": 1 carton)."""
        return self.one.get(lang, self.get(lang)) if plural == "one" else self.get(lang)

    def accepted(self, lang: str) -> tuple[str, ...]:
        """Every form that counts as this term in a translation into lang."""
        return (self.get(lang), *self.variants.get(lang, ()), *self.any)

    def recognised(self, lang: str) -> tuple[str, ...]:
        """Forms that identify this term in source text of lang (longest first)."""
        forms = {self.forms.get(lang, ""), *self.variants.get(lang, ()), *self.any}
        return tuple(sorted((f for f in forms if f), key=len, reverse=True))


@dataclass(frozen=True)
class TermHit:
    """A term found in a text: where, which form, and what it must become."""

    term: Term
    start: int
    end: int
    surface: str


class TermBase:
    """Lookup, recognition and enforcement over the term entries."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms: dict[str, Term] = {}
        for term in terms:
            self.terms[term.id] = term
        self._exact: dict[tuple[str, str], Term] = {}
        for term in self.terms.values():
            for lang in LANGUAGES:
                for form in term.recognised(lang):
                    self._exact.setdefault((lang, _key(form)), term)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> TermBase:
        """The packaged term base plus any extra YAML files (later entries win by id)."""
        packaged = resources.files("export_assist.translation") / "data" / "termbase.yaml"
        terms = {t.id: t for t in _parse(packaged.read_text(encoding="utf-8"), "termbase.yaml")}
        for path in extra:
            if not path.exists():
                raise ConfigurationError(f"term base file {path} does not exist")
            terms.update({t.id: t for t in _parse(path.read_text(encoding="utf-8"), str(path))})
        return cls(terms.values())

    def __len__(self) -> int:
        return len(self.terms)

    def get(self, term_id: str) -> Term:
        """A term by id, or NotFound."""
        try:
            return self.terms[term_id]
        except KeyError:
            raise NotFound(f"no term {term_id!r} in the term base") from None

    def label(self, term_id: str, lang: str) -> str:
        """Preferred form of a term in a language."""
        return self.get(term_id).get(lang)

    def exact(self, text: str, source: str, target: str) -> str | None:
        """Translation of a segment that is, as a whole, one term (a label); else None."""
        term = self._exact.get((source, _key(text)))
        if term is None or target not in term.forms:
            return None
        return term.get(target)

    def find(self, text: str, lang: str, *, in_text_only: bool = True) -> list[TermHit]:
        """Terms in a text, longest first and without overlaps, in reading order."""
        text = norm(text)
        taken: list[tuple[int, int]] = []
        hits: list[TermHit] = []
        candidates = [
            (form, term)
            for term in self.terms.values()
            if not in_text_only or term.category in IN_TEXT_CATEGORIES
            for form in term.recognised(lang)
            if len(form) >= 2
        ]
        for form, term in sorted(candidates, key=lambda c: len(c[0]), reverse=True):
            for m in form_pattern(form, lang).finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                hits.append(TermHit(term, m.start(), m.end(), m.group(0)))
        return sorted(hits, key=lambda h: h.start)

    def missing(self, hits: Iterable[TermHit], output: str, target: str) -> list[TermHit]:
        """Hits whose term the translation does not use in any accepted form."""
        text = norm(output)
        inflect = target not in UNSPACED
        return [
            h
            for h in hits
            if not any(
                form_pattern(f, target, allow_suffix=inflect).search(text)
                for f in h.term.accepted(target)
            )
        ]


def _key(text: str) -> str:
    return norm(text).strip().strip(":：。.").strip().casefold()


def _parse(text: str, origin: str) -> list[Term]:
    try:
        data = yaml.safe_load(text) or {}
        out = []
        for raw in data.get("terms", []):
            forms = {lang: str(raw[lang]) for lang in LANGUAGES if raw.get(lang)}
            variants = {k: tuple(map(str, v)) for k, v in (raw.get("variants") or {}).items()}
            any_forms = tuple(map(str, raw.get("any") or ()))
            one = {str(k): str(v) for k, v in (raw.get("one") or {}).items()}
            category = str(raw.get("category", "other"))
            out.append(Term(str(raw["id"]), category, forms, variants, any_forms, one))
        return out
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigurationError(f"term base {origin} is malformed: {exc}") from exc
