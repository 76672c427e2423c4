"""Session 39 (issue 9 items 1-5): readings found on test35 and escalation_dev33 (tuning since
session 39), replayed here in new words.

- Goods made of a CITES species (べっ甲) are Japan's CITES approval even when they belong to a
  family of their own (eyeglass frames): the CITES document was dropped as outside the eyewear
  family and, once read, 「べっ甲細工」 was split into an unknown 「甲細工」 (test35 t014).
- A buyer on METI's End User List is not embargoed: the corpus sentence says so in words a
  question about a ban finds (test35 t018).
- A year the question names is stated by the quotes: 「2025年10月からキャッチオール規制が
  変わったと聞きました」 quoted the classification duty and handed off as thin, the year unsaid
  (escalation_dev32 d013).
- Another exporter introducing itself starts a new conversation: a mould maker's End User List
  question after bekko eyeglass frames was handed off as eyewear (s39 user trial).
- Staff's paid leave and an EU design registration are business questions no regulation answers
  (test35 t022, escalation_dev33 d022).
- "240 stools (12 per carton, 20 cartons)" ships 240 pieces in 20 packages (escalation_dev33 d003).
- "… and want to sell it to a spice importer in London" names no goods for an HS question (test35
  t012 classified spices), and everyday goods words reach their headings: dried yuzu peel, an oil
  painting, modelling clay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.answering.bonus import YEAR_NAMED, year_bonus
from export_assist.answering.coverage import content_terms
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.exporter_intro import new_exporter
from export_assist.answering.followup import resolve_history
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.shipment_fields import extract
from export_assist.answering.understand import understand
from export_assist.answering.words import asks_advice
from export_assist.container import Container
from tests.answering.conftest import index_slice
from tests.compliance.hs_words_only import codes

COVERED = frozenset({"US", "GB", "CN", "TW", "EU", "FR", "IT", "SG", "KR", "CA"})
SLICE = [
    "us/us-fda-eyeglasses.md",
    "jp/jp-cites-export.md",
    "jp/jp-fefta-catch-all-end-user-list.md",
    "jp/jp-fefta-list-control.md",
    "jp/jp-sanctions-export-bans.md",
    "jp/jp-export-control-classification.md",
    "jp/jp-export-procedure-overview.md",
    "th/tisi-nbtc.md",
]


@pytest.fixture(scope="module")
def container(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Container]:
    built = index_slice(Path(tmp_path_factory.mktemp("s39")), SLICE)
    yield built
    built.close()


@pytest.fixture(scope="module")
def engine(container: Container) -> AnswerEngine:
    return container.answer_engine  # with the HS suggester: goods words are known as goods


def test_goods_of_a_cites_species_read_the_cites_rules_whatever_their_family(
    engine: AnswerEngine,
) -> None:
    said = (
        "輪島でべっ甲細工をしています。べっ甲のメガネフレームをシカゴの眼鏡店が仕入れたいそうです。"
        "日本から販売目的で輸出できますか？"
    )
    answer = engine.answer(engine.understand(said))
    assert "jp-cites-export" in {c.doc_id for c in answer.citations}
    assert not answer.escalate, answer.text
    assert "附属書I" in answer.text and "商業" in answer.text
    # the material is one word, never a kanji run cut after its kana
    terms = content_terms(said)
    assert "べっ甲細工" in terms and "甲細工" not in terms


def test_a_buyer_on_the_end_user_list_is_no_embargo(engine: AnswerEngine) -> None:
    said = (
        "We make flow meters in Hiroshima. A distributor we sell to in Ohio is listed on "
        "METI's End User List. Does that mean exporting to them is banned?"
    )
    answer = engine.answer(engine.understand(said))
    assert "not an embargo" in answer.text, answer.text


def test_a_year_the_question_names_is_stated_by_the_quotes(engine: AnswerEngine) -> None:
    asked = "2025年10月からキャッチオール規制が変わったと聞きました。何に気をつければいい？"
    bonus = year_bonus(asked)
    assert (
        bonus("2025年10月9日施行の改正で、通常兵器のキャッチオール規制が強化されました。")
        == YEAR_NAMED
    )
    assert bonus("キャッチオール規制の確認は引き続き必要です。") == 0.0
    assert year_bonus("キャッチオール規制とは？")("2025年の改正") == 0.0
    said = (
        "豊橋の工作機械商社です。中古のNC旋盤をタイの部品メーカーに輸出します。該非判定ではリスト"
        "規制に非該当でしたが、2025年10月からキャッチオール規制が変わったと聞きました。タイ向けの"
        "旋盤では何に気をつければいいですか。"
    )
    answer = engine.answer(engine.understand(said))
    assert not answer.escalate, answer.text
    assert "2025年" in answer.text


@pytest.mark.parametrize(
    "said",
    [
        "We will hire three local staff for our tea shop in Toronto. How many days of paid "
        "annual leave do they get?",
        "パリの店で現地スタッフを雇います。有給休暇は年に何日与える必要がありますか？",
        "京都の陶芸家です。オリジナルの器のデザインをEUで意匠登録したい。費用は？",
        "Can we register our design at the EUIPO before a Milan fair, and what does it cost?",
    ],
)
def test_staff_leave_and_design_registration_are_business_advice(said: str) -> None:
    assert asks_advice(said.lower())


def test_the_goods_counted_before_their_cartons_are_the_quantity() -> None:
    said = (
        "Please draft a packing list: 360 cedar coasters (30 per carton, 12 cartons), unit price "
        "JPY 900, buyer Maple Table Inc., Toronto, FCA Nagoya."
    )
    fields = extract(said, understand(said, COVERED)).fields
    assert fields["quantity"] == "360 pcs"
    assert fields["packages"] == "12"
    # a count in cartons alone is still the quantity and the packages
    only = "Please draft an invoice: 40 cartons of dried udon, USD 30 per carton, FOB Kobe."
    got = extract(only, understand(only, COVERED)).fields
    assert got["quantity"].startswith("40") and got["packages"] == "40"


@pytest.mark.parametrize(
    ("said", "goods"),
    [
        (
            "We are a citrus grower in Ehime. We dry sudachi peel (no sugar) and want to sell it "
            "to a tea blender in Berlin. Which HS code?",
            "We dry sudachi peel (no sugar)",
        ),
        (
            "We brew craft beer in Sapporo and plan to export it to a bar in Seoul. HS code?",
            "We brew craft beer in Sapporo",
        ),
    ],
)
def test_where_the_exporter_wants_to_sell_them_names_no_goods(said: str, goods: str) -> None:
    assert hs_product(said) == goods


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("dried yuzu peel", "0814"),
        ("乾燥させたゆずの皮", "0814"),
        ("an original oil painting on canvas", "9701"),
        ("watercolour painting set for children", "3213"),
        ("紙粘土", "3407"),
        ("modeling clay", "3407"),
    ],
)
def test_everyday_goods_words_reach_their_heading(text: str, heading: str) -> None:
    assert codes(text, 1)[0][:4] == heading


def test_another_exporter_introducing_itself_carries_nothing_over() -> None:
    earlier = [
        "輪島でべっ甲細工をしています。べっ甲のメガネフレームをシカゴの眼鏡店に売れますか？",
        "堺の金属加工メーカーです。上海の新規顧客から精密部品の注文があり、リスト規制は非該当でした。",
    ]
    q = resolve_history(
        earlier, "その顧客が外国ユーザーリストに載っていました。輸出は禁止ですか？", COVERED
    )
    assert "eyewear" not in q.families and "べっ甲" not in q.phrase + q.context
    assert new_exporter(earlier[1]) and not new_exporter(earlier[0])
    # a buyer described is no exporter: the conversation goes on
    assert not new_exporter("送り先はクアラルンプールの業者です。受け取る側で手続きは？")
