"""Name normalisation that survives transliteration, word order, legal-form suffixes,
quotes and diacritics: the key for de-duplication and for screening."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Legal forms in native scripts are removed before transliteration (unidecode would
# turn 株式会社 into Chinese readings that carry no name information).
_NATIVE_FORMS = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|股份有限公司|有限责任公司|有限責任公司|有限公司|"
    r"公開株式会社|公司|주식회사|유한회사|\(株\)|（株）|㈱"
)
# Multi-word forms first (longest match wins), written already transliterated and lower-case.
_PHRASES = [
    "obshchestvo s ogranichennoi otvetstvennostiu",
    "obshchestvo s ogranichennoi otvetstvennostью",
    "tovarystvo z obmezhenoiu vidpovidalnistiu",
    "tovaristvo z obmezhenoiu vidpovidalnistiu",
    "tavarystva z abmezhavanai adkaznastsiu",
    "aktsionernoe obshchestvo",
    "aktsionerne tovarystvo",
    "publichnoe aktsionernoe obshchestvo",
    "otkrytoe aktsionernoe obshchestvo",
    "zakrytoe aktsionernoe obshchestvo",
    "limited liability company",
    "limited liability partnership",
    "public joint stock company",
    "closed joint stock company",
    "open joint stock company",
    "joint stock company",
    "public limited company",
    "private limited company",
    "sociedad de responsabilidad limitada",
    "sociedade de responsabilidade limitada",
    "societe a responsabilite limitee",
    "societatea cu raspundere limitata",
    "spolecnost s rucenim omezenym",
    "korlatolt felelossegu tarsasag",
    "druzhestvo s ogranichena otgovornost",
    "druzba z omejeno odgovornostjo",
    "etairia periorismenis efthinis",
    "an chuideachta theoranta",
    "cuideachta faoi dhliteanas teoranta",
    "kabushiki kaisha",
    "godo kaisha",
    "yugen kaisha",
    "sp z o o",
    "s de rl",
    "sdn bhd",
    "pte ltd",
    "pty ltd",
    "co ltd",
    "gmbh co kg",
]
_TOKENS = frozenset(
    "llc ltd limited inc incorporated corp corporation co company gmbh ag kg ohg ug ek sa sas sarl "
    "srl spa spzoo sro bv nv plc jsc ojsc cjsc pjsc oao zao pao ooo tov pat prat kft zrt oy oyj ab as asa aps "
    "pte pty bhd kk gk yk llp lp sro spol akciova ad eood ood dd doo ou uab sia "
    "holding holdings group".split()
)
_PHRASE_WORDS = frozenset(w for p in _PHRASES for w in p.split()) - {"co"}
# "group"/"holding" carry little identity but removing them always would merge
# "X Group" with "X": keep them out of the key only when other words remain.
_WEAK = frozenset({"holding", "holdings", "group", "company", "co"})
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _NATIVE_FORMS.sub(" ", text)
    text = unidecode(text).lower()
    text = text.replace("'", "").replace("`", "")
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def _strip_phrases(text: str) -> str:
    padded = f" {text} "
    for phrase in _PHRASES:
        padded = padded.replace(f" {phrase} ", " ")
    return _join_initials(padded.strip())


def _join_initials(text: str) -> str:
    # "S.A." folds to "s a": runs of one-letter tokens become one token ("sa").
    out: list[str] = []
    run: list[str] = []
    for token in [*text.split(), ""]:
        if len(token) == 1:
            run.append(token)
            continue
        if run:
            out.append("".join(run))
            run = []
        if token:
            out.append(token)
    return " ".join(out)


@lru_cache(maxsize=200_000)
def name_tokens(name: str) -> tuple[str, ...]:
    """Transliterated, lower-case tokens without legal forms (order kept)."""
    folded = _strip_phrases(_fold(name))
    tokens = folded.split()
    # A legal form with its words shuffled ("Company Joint-Stock X") escapes the phrase
    # pass; two or more legal-form words left over are taken as such a remnant.
    if sum(t in _PHRASE_WORDS for t in tokens) >= 2:
        tokens = [t for t in tokens if t not in _PHRASE_WORDS] or tokens
    strong = [t for t in tokens if t not in _TOKENS]
    if strong:
        return tuple(strong)
    weak = [t for t in tokens if t in _WEAK]
    return tuple(weak or tokens)


def normalize_name(name: str) -> str:
    """The order-insensitive key of a name: sorted tokens joined by spaces."""
    return " ".join(sorted(name_tokens(name)))


_SKELETON_RULES = [
    ("shch", "s"),
    ("kh", "h"),
    ("ch", "h"),
    ("sh", "s"),
    ("zh", "z"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("ck", "k"),
    ("ks", "x"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("q", "k"),
    ("c", "k"),
]


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """A rough phonetic key: Zakharov, Zacharov and Sakharow share most of it."""
    s = token
    for a, b in _SKELETON_RULES:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters
    s = re.sub(r"(?<=.)[aeiou]+", "", s) if len(s) > 4 else s  # inner vowels vary most
    return s


def skeleton_key(name: str) -> str:
    """Sorted phonetic skeletons of a name's tokens."""
    return " ".join(sorted(skeleton(t) for t in name_tokens(name)))
