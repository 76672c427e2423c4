"""Small talk: a question about the assistant itself, or a thank-you (answered as such,
not routed as a request)."""

from __future__ import annotations

import re

# "What can you do?" / 「何ができますか」 (s9 trial V20): a question about the assistant.
_ABILITIES = re.compile(
    r"何ができ|何が出来|なにができ|どんなことができ|できることは|何を聞け|何を質問でき|使い方を|"
    r"what can you (?:do|help)|what do you do|how can you help|what can i ask|who are you|"
    r"what are you able"
)


def asks_abilities(text: str) -> bool:
    """Whether a short message asks what the assistant can do."""
    lowered = text.lower()
    return len(lowered.strip()) <= 40 and bool(_ABILITIES.search(lowered))


# A thank-you is answered as one, not with a hello (trial A24: 「ありがとうございました」).
_THANKS = ("thank", "thanks", "ありがとう", "有難う", "有り難う", "助かりました", "お礼")


def is_thanks(text: str) -> bool:
    """Whether a greeting-only message thanks rather than greets."""
    lowered = text.lower()
    return any(w in lowered for w in _THANKS)


# A request for a person (s13 trial: 「担当者と話したい」 got 「ご質問の内容が読み取れませんでした」):
# who is asked for, then the asking. The advisor gets a draft with the conversation.
_PERSON = re.compile(
    r"(?:担当者|担当の方|アドバイザー|相談員|専門家|人間|スタッフ|オペレーター|詳しい人|誰か)"
    r"(?:と|に|の方と|の方に)(?:直接)?(?:話し?|相談|つないで|繋いで|つなげ|繋げ|代わ|替わ|電話)|"
    r"(?:speak|talk|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|your\s+|the\s+)?"
    r"(?:real\s+|human\s+|trade\s+)?(?:person|human|advis[eo]r|agent|someone|somebody|expert)|"
    r"connect me (?:to|with) (?:a |an )?(?:person|human|advis[eo]r)"
)


def asks_for_person(text: str) -> bool:
    """Whether a short message asks to be put through to a person (an advisor); a long
    question that mentions an expert in passing is answered as a question."""
    return len(text) <= 80 and bool(_PERSON.search(text.lower()))
