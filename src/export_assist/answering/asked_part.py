"""The question a message ends with, after the sentences that set its scene, and the premise
it asks about when the question alone is too short to say what it is about."""

from __future__ import annotations

import re

from export_assist.retrieval.normalize import nfkc

# The sentences of a message, each with its end mark.
_SENTENCES = re.compile(r"[^。？?！!\n]+[。？?！!]?")
# a rule the asker heard of (「…登録する必要があると聞きました」, "we were told that an importer
# must …"): what the short question after it asks about. Not a partner's request (「…してほしいと
# 言われました」), a plan heard (「輸入したいそうです」) or another question: those set the scene.
_HEARD = re.compile(
    r"(?:必要|義務|要る|(?<![てで])いる|要り|(?<![てで])いり|しなければ|なければなら|ないといけない|禁止|できない)"
    r"[^。]{0,12}(?:と|って)(?:聞き|聞い)|"
    r"(?i:\b(?:i|we) (?:heard|were told|was told|understand|read)\b[^.?!]{0,120}"
    r"\b(?:must|needs?|required|requires|have to|has to|mandatory|banned|prohibited)\b)"
)


def _sentences(text: str) -> list[str]:
    return [p.strip() for p in _SENTENCES.findall(nfkc(text)) if p.strip()]


def asked_part(text: str) -> str:
    """The question a message ends with, when sentences that state the scene come before it
    (「バンコクのスーパーにどら焼きを置きたい。タイでも油脂の規制はありますか？」): "" when the
    message is one sentence or asks nothing."""
    parts = _sentences(text)
    if len(parts) < 2 or not parts[-1].endswith(("?", "？")):
        return ""
    return str(parts[-1])


def with_premise(text: str) -> str:
    """The question with the sentence before it, when that sentence is a rule the asker heard
    of (「…国家銀行に登録する必要があると聞きました。どのような手続きで、いつまでに登録しなければ
    なりませんか？」, test56 t016): "" otherwise."""
    parts = _sentences(text)
    # (with nothing before the two, the whole message is already judged as one)
    if len(parts) < 3 or not parts[-1].endswith(("?", "？")):
        return ""
    before = parts[-2]
    return f"{before}{parts[-1]}" if _HEARD.search(before) else ""
