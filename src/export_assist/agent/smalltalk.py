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
