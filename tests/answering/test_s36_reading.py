"""Session-36 reading of questions (issue 9 items 1, 4 and 5), in new words (not test32's or
escalation_dev30's): reading glasses asked with "510(k)" are the medical devices the eyewear
document is about, not a device the corpus lacks; an EU state named beside the EU is one market,
not two to choose between; a list pointed back to (「このリスト」) is the one named, no buyer
request; 「同じ考え方で」 carries the earlier message's topic to the new market."""

from __future__ import annotations

from export_assist.agent.intent import IntentDetector
from export_assist.answering.business import kinds
from export_assist.answering.catalog import DocProfile
from export_assist.answering.families import families
from export_assist.answering.followup import resolve_history
from export_assist.answering.scope import about
from export_assist.answering.understand import Question

COVERED = frozenset({"US", "CN", "DE", "EU", "JP", "ID", "IT", "FR"})

EYEWEAR = DocProfile(
    "us-eyewear",
    "FDA rules for reading glasses and sunglasses as medical devices (510(k) exempt, class I)",
    "US",
    "en",
    ["registration"],
    ["household"],
    summary_ja="老眼鏡とサングラスは医療機器（クラスI）",
)


def test_reading_glasses_asked_with_510k_are_the_devices_the_eyewear_document_is_about() -> None:
    asked = families("老眼鏡は510(k)が免除だと聞きました。fdaにほかの手続きは要りますか？")
    assert {"eyewear", "medical_devices"} <= set(asked)
    assert about(EYEWEAR, "medical_devices", asked)
    # ... and still about no hearing aid: a device of another family is not covered by it
    assert not about(EYEWEAR, "medical_devices", ["medical_devices"])


def test_an_eu_state_beside_the_eu_is_one_market_not_a_choice() -> None:
    text = "Are reading glasses a fashion accessory in Spain, or an EU-regulated good? Which one?"
    q = Question(text, "en", destinations=["ES", "EU"])
    assert "market_choice" not in kinds(q)
    two = Question("Which market is better for our knives, Germany or Korea?", "en", ["DE", "KR"])
    assert "market_choice" in kinds(two)


def test_a_list_pointed_back_to_is_no_buyer_request() -> None:
    said = (
        "大阪の計測器メーカーです。天津の新しい取引先に出す前に外国ユーザーリストを見ています。"
        "このリストには通常兵器の懸念先も入っていますか？"
    )
    assert IntentDetector(None).detect(said) != "shortlist"
    assert (
        IntentDetector(None).detect("天津で計測器を扱う取引先の候補リストを作って") == "shortlist"
    )


def test_the_same_reasoning_for_another_market_carries_the_topic() -> None:
    earlier = [
        "名古屋で工業用のバルブを作っています。リスト規制には当たらず、フランスの会社に"
        "出しています。キャッチオール規制は通知がなければ気にしなくていいと聞きました。"
    ]
    said = "中国の会社からも同じバルブの引き合いがありました。フランスと同じ考え方でいいですか？"
    q = resolve_history(earlier, said, COVERED)
    assert "CN" in q.destinations and q.japan_side
    assert "export_control" in q.topics and "topic" in q.inherited
