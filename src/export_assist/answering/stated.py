"""Facts a question type asks for that only sentence scoring looks for (select._cue), not
the hand-off's missing-fact test (select.FACTS): a documents answer may name its papers
without saying what an application is made with."""

from __future__ import annotations

import re

# The papers an application is made with, stated: 「申請は…営業許可、適合宣言…を出し」, "applies
# online with a trade licence and a declaration of conformity". Only naming a certificate is
# the type's cue (0.4); saying what goes with the application answers "which documents?".
STATED = {
    # a rule lifted, repealed or ended ("still required?"): the change is the answer
    "still": re.compile(
        r"廃止|撤廃|解除|終了|不要にな|必要なくな|求めていません|措置はありません|"
        r"\b(?:lifted|repealed|abolished|revoked|no longer|ended|withdrawn)\b",
        re.I,
    ),
    # "may it be in Japanese?": the sentence naming the language a paper or a label is in
    "language": re.compile(
        r"英語|日本語|中国語|韓国語|フランス語|ドイツ語|スペイン語|タイ語|ベトナム語|マレー語|アラビア語|言語|"
        r"\b(?:english|french|german|chinese|korean|spanish|thai|vietnamese|malay|arabic|languages?)\b",
        re.I,
    ),
    "documents": re.compile(
        r"(?:申請|出願|届出|登録)[^。]{0,60}(?:を添え|添付|を提出|を出し|を出す|とともに)|"
        r"\b(?:appl(?:y|ies|ied|ication|icant)|register(?:s|ed)?|registration|fil(?:e|es|ed|ing))\b"
        r"[^.;]{0,60}\b(?:with (?:a|an|the)\b|submit(?:s|ted|ting)?\b|accompanied by|attach(?:es|ed|ing)?\b)",
        re.I,
    ),
}
