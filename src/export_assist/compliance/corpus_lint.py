"""Corpus lint: sources are deep https links, every document and card carries its
freshness, cards point at documents that exist."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from export_assist.compliance.card_japanese import has_japanese, japanese_findings, numbers
from export_assist.compliance.cards import CardSet, card_files, check_evidence, load_cards
from export_assist.compliance.corpus_meta import CorpusDoc, scan_corpus
from export_assist.compliance.id_mentions import card_mentions, doc_mentions, id_pattern
from export_assist.compliance.japanese_section import section_findings
from export_assist.domain.compliance import RequirementCard
from export_assist.domain.corpus import DocumentMeta

ALLOW_FILE = "lint-allow.yaml"
_CHECKED = re.compile(r"^Checked:\s*(\d{4}-\d{2}-\d{2})\s*$", re.MULTILINE)


@dataclass(frozen=True)
class LintFinding:
    """One thing wrong in the corpus, at a file a person can open."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def url_problem(url: str) -> str | None:
    """Why a source URL is not acceptable (None when it is a deep https link)."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https":
        return f"source {url!r} is not an https link"
    if not parts.netloc:
        return f"source {url!r} has no host"
    if parts.path.strip("/") == "" and not parts.query:
        return f"source {url!r} is a home page, not a deep link"
    return None


def _doc_findings(doc: CorpusDoc, today: dt.date) -> list[str]:
    meta, out = doc.meta, []
    if meta.verified_on is None:
        out.append("no verified_on date")
    elif meta.verified_on > today:
        out.append(f"verified_on {meta.verified_on} is in the future")
    if not meta.sources:
        out.append("no sources")
    out += [p for s in meta.sources if (p := url_problem(s.url))]
    if meta.review_status == "needs_review" and not meta.review_notes.strip():
        out.append("needs_review without review_notes naming what is unconfirmed")
    if meta.language != "ja" and not meta.summary_ja.strip():
        out.append("an English document needs a Japanese summary (summary_ja)")
    out += title_findings(meta)
    if doc.path.suffix.lower() == ".md":
        out += _body_findings(doc)
        out += section_findings(doc.path.read_text(encoding="utf-8"), meta)
    return out


def title_findings(meta: DocumentMeta) -> list[str]:
    """A title a Japanese reader cannot read needs a faithful title_ja: Japanese text that
    names no number the title does not (official names and numbers are kept as they are)."""
    title, title_ja = meta.title, meta.title_ja.strip()
    if not title_ja:
        return [] if has_japanese(title) else ["a title without Japanese needs title_ja"]
    if not has_japanese(title_ja):
        return [f"title_ja {title_ja!r} holds no Japanese"]
    extra = sorted(numbers(title_ja) - numbers(title), key=int)
    if extra:
        return [f"title_ja names number(s) {', '.join(extra)} that the title does not"]
    return []


def _duplicate_keys(text: str) -> list[str]:
    """Front-matter keys given twice (YAML keeps the last one silently)."""
    if not text.startswith("---"):
        return []
    front = text[3:].split("\n---", 1)[0]
    root = yaml.compose(front, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return []
    keys = [k.value for k, _ in root.value]
    return sorted({k for k in keys if keys.count(k) > 1})


def _body_findings(doc: CorpusDoc) -> list[str]:
    text = doc.path.read_text(encoding="utf-8")
    twice = _duplicate_keys(text)
    if twice:
        return [f"front matter repeats {', '.join(twice)} (only the last one counts)"]
    if "## Sources" not in text:
        return ["no '## Sources' section"]
    found = _CHECKED.findall(text)
    if not found:
        return ["no 'Checked: YYYY-MM-DD' line"]
    verified = doc.meta.verified_on.isoformat() if doc.meta.verified_on else ""
    if found[-1] != verified:
        return [f"'Checked: {found[-1]}' differs from verified_on {verified}"]
    return []


def _card_findings(card: RequirementCard, today: dt.date) -> list[str]:
    out = []
    if not card.sources:
        out.append("no sources")
    out += [p for url in card.sources if (p := url_problem(url))]
    if card.verified_on is None:
        out.append("no verified_on date")
    elif card.verified_on > today:
        out.append(f"verified_on {card.verified_on} is in the future")
    if card.status == "needs_review" and not card.review_notes.strip():
        out.append("status needs_review without review_notes")
    out += japanese_findings(card)
    return [f"card {card.id!r}: {m}" for m in out]


@dataclass(frozen=True)
class Allowance:
    """A finding a person acknowledged, with the reason, until a date (then it fails again)."""

    path: str
    finding: str
    reason: str
    until: dt.date

    def covers(self, finding: LintFinding, root: Path, today: dt.date) -> bool:
        """True when this allowance is current and matches the finding."""
        same = Path(finding.path).resolve() == (root.parent / self.path).resolve()
        return today <= self.until and same and self.finding in finding.message


def load_allowances(root: Path) -> list[Allowance]:
    """The acknowledged findings in <root>/lint-allow.yaml (none when the file is absent)."""
    path = root / ALLOW_FILE
    if not path.is_file():
        return []
    raw: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Allowance(str(a["path"]), str(a["finding"]), str(a["reason"]), a["until"]) for a in raw]


def lint_corpus(root: Path, today: dt.date | None = None) -> list[LintFinding]:
    """Every finding for the corpus under root that no current allowance covers."""
    today = today or dt.date.today()
    allowed = load_allowances(root)
    return [
        f for f in _all_findings(root, today) if not any(a.covers(f, root, today) for a in allowed)
    ]


def _all_findings(root: Path, today: dt.date) -> list[LintFinding]:
    docs, problems = scan_corpus(root)
    findings = [LintFinding(str(root), p) for p in problems]
    seen: dict[str, str] = {}
    for doc in docs:
        if doc.meta.id in seen:
            findings.append(LintFinding(str(doc.path), f"duplicate id (also {seen[doc.meta.id]})"))
        seen[doc.meta.id] = str(doc.path)
        findings += [LintFinding(str(doc.path), m) for m in _doc_findings(doc, today)]
    cards = load_cards(card_files(root / "cards"))
    findings += _id_mention_findings(docs, cards, set(seen))
    findings += _cards_findings(cards, set(seen), today)
    return findings


def _id_mention_findings(
    docs: list[CorpusDoc], cards: CardSet, doc_ids: set[str]
) -> list[LintFinding]:
    """Text readers see that names a document or card by its id instead of saying what it is."""
    token = id_pattern(doc_ids | set(cards.by_id()))
    if token is None:
        return []
    found = [LintFinding(str(d.path), m) for d in docs for m in doc_mentions(d, token)]
    for card in cards.cards:
        path, line = cards.origin[card.id]
        found += [LintFinding(path, f"line {line}: {m}") for m in card_mentions(card, token)]
    return found


def _cards_findings(cards: CardSet, doc_ids: set[str], today: dt.date) -> list[LintFinding]:
    found = [LintFinding(p.path, f"line {p.line}: {p.message}") for p in cards.problems]
    found += [
        LintFinding(p.path, f"line {p.line}: {p.message}") for p in check_evidence(cards, doc_ids)
    ]
    for card in cards.cards:
        path, line = cards.origin[card.id]
        found += [LintFinding(path, f"line {line}: {m}") for m in _card_findings(card, today)]
    return found
