"""Japanese fields of the shipped corpus hold no English a Japanese SME would have to read.

Every `*_ja` field of a card (title_ja, requirement_ja, authority_ja, documents_ja, ...) and of a
document's front matter (title_ja, summary_ja) is Japanese. Latin text is allowed where Japan's own
pages keep it in Latin: acronyms (KATS, FDA), units (mg/kg), the words of a legal citation
(Part, No, Form), names of systems, marks and bodies that have no Japanese form (Bluetooth,
stiftung ear, TradeNet), a gloss in brackets after the Japanese name (取引基準局(Trading
Standards)) and label wording quoted as it must be printed (「Product of Japan」). Anything else
(an authority named only in English, as 「Ministry of Trade, Industry and Resources」 was) is a
finding."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parents[2] / "regulations"

# Quoted wording (label text as printed) and bracketed glosses are not read as prose.
_QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』|\"[^\"]*\"|“[^”]*”")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]")
# Names Japan's own pages (JETRO, METI, MAFF, the ministries' Japanese guides) keep in Latin.
ALLOWED_PHRASES = ("stiftung ear", "SIRIM QAS International", "Access2Markets")
ALLOWED_WORDS = frozenset(
    # words of a legal citation: 47 CFR Part 2 Subpart J, 規則(EU) No 1169/2011, Cap. 406G,
    # Form COS-2, Class A, Standard 2.7.1, Division 2, 第18/2019/QD-TTg号, RSS-Gen
    "Part Subpart No Cap Form Class Standard Division QD-TTg RSS-Gen "
    # units
    "mg kg mm cl mL dm km Hz Wh Bq pH "
    # names of products, marks, systems, laws and bodies kept in Latin
    "Bluetooth Wi-Fi Type-C Triman Info-tri Refashion TradeNet ElektroG BattDG "
    "e-Portal e-Customs eFiling gBizID".split()
)


def _acronym(word: str) -> bool:
    """KATS, MOTIR, and short mixed-case ones: DoC, SDoC, OfH, MoCRA, cGMP."""
    capitals = sum(c.isupper() for c in word)
    return capitals == len(word.replace("-", "")) or (capitals >= 2 and len(word) <= 6)


def latin_prose(text: str) -> list[str]:
    """The Latin words of a Japanese field that are not quoted, glossed or allowed."""
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, " ")
    text = _QUOTED.sub(" ", text)
    while (stripped := _BRACKETED.sub(" ", text)) != text:
        text = stripped
    return [w for w in _WORD.findall(text) if not _acronym(w) and w not in ALLOWED_WORDS]


def _japanese_fields(record: dict[str, object], where: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, value in record.items():
        if not str(key).endswith("_ja"):
            continue
        values = value if isinstance(value, list) else [value]
        out += [(f"{where}.{key}", v) for v in values if isinstance(v, str)]
    return out


def _shipped_fields() -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    for path in sorted((CORPUS / "cards").glob("*.yaml")):
        for card in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            fields += _japanese_fields(card, str(card.get("id")))
    for path in sorted(CORPUS.glob("*/*.md")):
        front = path.read_text(encoding="utf-8").split("---", 2)[1]
        meta = yaml.safe_load(front)
        fields += _japanese_fields(meta, str(meta.get("id")))
    return fields


def test_english_prose_in_a_japanese_field_is_found() -> None:
    # an authority named only in English inside a Japanese line (a new sentence of that kind)
    assert latin_prose("韓国国家技術標準院(KATS)、Ministry of Food and Drug Safety") == [
        "Ministry", "of", "Food", "and", "Drug", "Safety",
    ]  # fmt: skip
    assert latin_prose("届出はCosmetic Portalで行います") == ["Cosmetic", "Portal"]


def test_glosses_quotes_acronyms_units_and_kept_names_pass() -> None:
    ok = (
        "取引基準局(Trading Standards)とKATSが所管し、「Made in Japan」と表示し、"
        "0.01 mg/kgを超えず、47 CFR Part 15 Subpart Bに従い、stiftung earに登録し、"
        "香港の規則(Food and Drugs (Composition and Labelling) Regulations)による"
    )
    assert latin_prose(ok) == []


def test_shipped_japanese_fields_hold_no_english_prose() -> None:
    fields = _shipped_fields()
    assert len(fields) > 1000  # every card and document was read
    found = [f"{where}: {words}" for where, text in fields if (words := latin_prose(text))]
    assert found == [], "\n".join(found)
