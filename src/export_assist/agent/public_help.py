"""Public help asked for in words the programme rules do not list: help with a trade fair,
「国の支援ってある？」, "a public loan", insurance against a buyer who does not pay. Such a
message is a support-programme question, never a regulation one."""

from __future__ import annotations

import re

# Public help asked for in other words: "Any support for a trade fair in the US?" (s9 trial
# V32), 「展示会の出展に補助はある？」 — help, funding or a subsidy beside a fair or exporting.
_HELP = r"(?:support|help|funding|assistance|subsid\w*|grants?|支援|補助|助成)"
_FOR = (
    r"(?:trade fairs?|trade shows?|exhibitions?|exhibit\w*|booths?|pavilions?|展示会|見本市|出展)"
)
PROGRAMME_ASK = re.compile(rf"{_HELP}(?![a-z]).{{0,30}}{_FOR}|{_FOR}.{{0,30}}{_HELP}")


# Public help asked for in everyday words: 「国の支援ってある？」「公的な窓口」 "a public loan",
# never a country's own scheme (中国の制度, 相手国の制度: a kanji before 国 names a country,
# before 県 a prefecture's produce: 福島県産).
# 「炭素の国境の制度」 is CBAM, a rule: 国 and 県 alone, never inside a word (国境, 国際, 県産).
_PUBLIC = r"(?:(?<![\u4e00-\u9fff])[国県](?![\u4e00-\u9fff])|公的|政府|自治体|都道府県)"
# 「国の事業」 is a public scheme; 「その国の事業者登録」 is a rule (事業者, 事業所)
# 「ハラールが国の制度として義務になっている」 is a market's mandatory rule, not help (s51: tuning
# test47 t032, the UAE halal resolution, was answered with JETRO's programmes), and so is a scheme
# asked for its law (s59: tuning escalation_dev53 d015 「国や都道府県が発行する仕組みは、何という法律に
# 基づいているのですか」, the food export certificates, got the programme catalogue)
_AID = (
    r"(?:支援|補助|助成|窓口|相談先|融資|保険|"
    r"(?:仕組み|制度)(?![^。？?]{0,8}(?:義務|規制|決まり|ルール|法律|法令|根拠|基づ))"
    r"|事業(?!者|所))"
)
PUBLIC_HELP = re.compile(
    rf"{_PUBLIC}(?:の|な|が|で|から)?[^。？?]{{0,12}}?{_AID}"
    r"|(?:支援|補助|助成)して(?:くれる|もらえる)[^。？?]{0,8}(?:制度|仕組み|機関)"
    r"|\b(?:public|government|state-backed)\s+(?:support|help|loans?|insurance|schemes?|"
    r"programmes?|programs?|funding|advice|consultation)"
)
# Promotion a public body does for an industry: 「焼酎の宣伝を、国がまとめてやってくれる？」 (test16
# t029 was answered with liquor-licence sentences), "does the government promote sake abroad?"
# (never 「その国で宣伝するときの規制」 nor advertising rules: the body does the promoting)
_PROMOTE = r"(?:宣伝|プロモーション|販促|売り込み)"
PUBLIC_PROMOTION = re.compile(
    rf"{_PROMOTE}[^。？?]{{0,24}}{_PUBLIC}が[^。？?]{{0,12}}(?:やって|して|行って|手伝って)"
    rf"|{_PUBLIC}が[^。？?]{{0,16}}{_PROMOTE}(?:して|を(?:して|やって|行って))"
    r"|\b(?:government|public bodies)\b[^.?]{0,30}\bpromot(?:e|es|ing)\b"
)
# Help asked of a public body by name: 「中小機構に海外展開の相談をしたい。どんな支援がある？」
_BODIES = r"(?:中小機構|中小企業基盤整備機構|国税庁|ジェトロ|jetro|農林水産省|農水省|日本政策金融公庫|日本貿易保険|nexi)"
BODY_HELP = re.compile(
    rf"{_BODIES}[^？?]{{0,30}}(?:支援|補助|助成)|(?:支援|補助|助成)[^。？?]{{0,12}}{_BODIES}"
)
# Insurance against a buyer who does not pay is NEXI's trade insurance, a programme.
UNPAID_INSURANCE = re.compile(
    r"(?:代金|未払|回収|払ってもらえ|貸し?倒|焦げ付)[^？?]{0,30}保険|保険[^。]{0,20}(?:代金|未払|回収)"
    r"|insur\w*[^.]{0,40}(?:non-?payment|not pay|unpaid)|(?:non-?payment|unpaid)[^.]{0,40}insur"
)


# An export consortium is public hands-on help by name (新輸出大国コンソーシアム, 国税庁の輸出促進
# コンソーシアム): 「輸出コンソーシアムに入りたい」 is a programme question (s16).
CONSORTIUM = re.compile(r"コンソーシアム|consortium")


# "grants" the noun (「any grants for exporters?」), never the verb an authority does
# (escalation_dev35 d027 "which federal authority grants the mark" got JETRO's programmes)
GRANTS = re.compile(
    r"\bgrants\b(?!\s+(?:the|a|an|it|them|this|that|these|those|its|approval|permission|"
    r"licen[cs]es?|permits?|certificates?|certification|registrations?|marks?|exemptions?)\b)"
)


def asks_programme(lowered: str) -> bool:
    """Whether the message asks for public help in words the programme rules do not list."""
    return bool(
        PROGRAMME_ASK.search(lowered)
        or PUBLIC_HELP.search(lowered)
        or PUBLIC_PROMOTION.search(lowered)
        or BODY_HELP.search(lowered)
        or UNPAID_INSURANCE.search(lowered)
        or CONSORTIUM.search(lowered)
        or GRANTS.search(lowered)
    )
