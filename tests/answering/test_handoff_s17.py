"""Session-17 hand-off (issue 9, item 4): a member state's own licence to sell alcohol or
tobacco, its tax stamps on bottles, its state retail monopoly in everyday words and an
online shop for alcohol are its own rules (national.py); a question that states an amount
and asks whether a rule applies at it is a yes/no question, not one for an amount the
sources must state (confidence.no_fact). Every sentence here is new (none is an
evaluation case)."""

from __future__ import annotations

import pytest

from export_assist.answering.compose import Composed
from export_assist.answering.confidence import asks_whether, no_fact
from export_assist.answering.context import quantities, scene
from export_assist.answering.coverage import content_terms, coverage
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.evidence_text import Evidence
from export_assist.answering.national import national_gap
from export_assist.answering.understand import understand
from export_assist.retrieval.normalize import nfkc
from export_assist.translation.termbase import TermBase

COVERED = frozenset({"EU", "DE", "FR", "GB", "US", "AU", "JP", "INTL"})


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # a licence to sell alcohol or tobacco there
        ("エストニアの酒屋に焼酎を卸すには、向こうで販売の免許がいる？", ["EE"]),
        ("Do we need a licence to sell sake in a shop in Vilnius?", ["LT"]),
        ("ブルガリアでたばこを売るには許可が必要？", ["BG"]),
        # a tax stamp or excise label on bottles
        ("ポーランドに日本のウイスキーを出す。瓶に貼る納税証紙はどこで手に入る？", ["PL"]),
        ("Does Greece require excise stamps on bottles of Japanese gin?", ["GR"]),
        # the state's retail monopoly in everyday words
        ("ヘルシンキで日本酒を扱うのは国の独占販売会社だけ？", ["FI"]),
        ("スウェーデンの独占販売会社に梅酒を置いてもらうには？", ["SE"]),
        # an online shop selling alcohol
        ("ラトビアのネットショップで焼酎を売りたい。何か規制はある？", ["LV"]),
        # an exclusive distribution contract is no state monopoly; no alcohol online is
        # the EU's rules; Japan's own licence is Japan's side
        ("ウィーンの代理店と独占販売契約を結びたい。日本酒の契約書の注意点は？", []),
        ("リトアニアで緑茶をネットショップで売る。表示の決まりは？", []),
        ("ラトビアに日本酒を輸出するのに、日本の酒類販売免許は必要？", []),
        ("ラトビア向けの焼酎、日本側で必要な免許は？", []),
        # a member state with documents of its own answers from them
        ("ドイツで日本酒を売るにはライセンスが必要？", []),
    ],
)
def test_a_member_states_licences_stamps_and_monopolies_are_read(
    text: str, states: list[str]
) -> None:
    assert national_gap(understand(text, COVERED), COVERED) == states


def test_a_stamp_question_is_handed_off_with_the_eu_rules(engine: AnswerEngine) -> None:
    q = engine.understand("クロアチアのワイン店に焼酎を卸す。瓶に税の証紙を貼る必要はある？")
    a = engine.answer(q)
    assert a.escalate and a.kind == "handoff"
    assert a.text.startswith("クロアチア独自の規則")
    assert "アドバイザー" in a.text


@pytest.mark.parametrize(
    ("text", "whether"),
    [
        ("試作品を3万円分だけシンガポールに送る。この程度の金額でも許可はいる？", True),
        ("Is a 120 EUR sample of tea subject to duty?", True),
        ("8万円の部品でも輸出申告は必要ですか？", True),
        # an amount asked for, or no amount stated
        ("5万円の部品を送ると関税はいくら？", False),
        ("What is the fee for a 200 USD shipment?", False),
        ("登録に手数料は必要？", False),
    ],
)
def test_an_amount_stated_and_a_yes_no_asked(text: str, whether: bool) -> None:
    assert asks_whether(text) is whether


def test_a_yes_no_question_at_an_amount_needs_no_amount_in_the_answer() -> None:
    q = understand("展示会用の見本を1万円分だけ米国に送る。こんな金額でも許可は必要？", COVERED)
    assert q.qtype == "how_much"
    said = Composed(lines=["リスト規制品は金額にかかわらず許可が必要な場合があります。"])
    assert not no_fact(q, said)
    # asked for the amount itself, a line without one does not answer
    fee = understand("米国に見本を送る。許可の手数料はいくら？", COVERED)
    assert no_fact(fee, said)


@pytest.mark.parametrize(
    ("text", "scene_words"),
    [
        # the parties and amounts the term base names, and an amount with its unit
        (
            "香港の輸入者に、漆のお椀を300個ほど出す。金額が小さくても検査は必要？",
            ["輸入者", "金額"],
        ),
        (
            "The importer in Sydney takes 12 tonnes of rice crackers: what amount of GST applies?",
            ["importer", "amount"],
        ),
    ],
)
def test_particulars_set_the_scene(text: str, scene_words: list[str]) -> None:
    said = nfkc(text)
    spans = quantities(said)
    assert spans and all(any(c.isdigit() for c in said[s:e]) for s, e in spans)
    terms = content_terms(said)
    assert scene(terms, TermBase.load()) == scene_words


def test_particulars_do_not_count_as_missing_topics() -> None:
    termbase = TermBase.load()
    # a card on CBAM answers; the weight, the importer and the amount are no topic of theirs
    evidence = Evidence(["CBAM: EUの輸入者は認定申告者となり、鉄鋼製品の内包排出量を申告します。"])
    text = "オランダの倉庫会社に、鉄鋼製品を月に40トンずつ送る。金額は小さいが、CBAMの対象？"
    found = coverage(text, evidence, termbase)
    assert not any(w in found.terms for w in ("トン", "40トン", "金額"))
    # a subject the evidence lacks is still missing
    other = coverage("オランダで鉄鋼製品を月に40トン売る。廃棄物の処理費用は？", evidence, termbase)
    assert "廃棄物" in other.missing
