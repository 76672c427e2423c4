"""Session 40 (issue 9 items 1-5): readings found on test36 and escalation_dev34 (tuning since
session 40), replayed here in new words.

- A visa to enter the market is a business question handed off by its type, not answered with
  the market's checklist (test36 t026: India's towel checklist for a visa question).
- A regime named by name (CITES) is what a "what document do we need" question asks, not the
  market's whole checklist (test36 t020: France's 24-item checklist).
- The papers asked for produce of a prefecture a market restricts are the certificates of the
  card naming it (test36 t036: Hong Kong's import declaration for melons from Ibaraki).
- The control list named by its table (「輸出令別表第1の5項」) is export control (test36 t021).
- New goods' own papers after a labelling question are not labels again (test36 t008).
- The "Australia Group" names a regime, not Australia (test31 t020 quoted it for a buyer in
  Adelaide).
- Goods words reach their headings: boxwood hair combs (9615.19), manga volumes (4901.99).
- 「何という書類？」 naming no trade paper is answered by the certificate (tuning qa13-d015: the NOP
  Import Certificate was handed off for saying nothing of 'jas'); exhibits brought back are the
  ATA carnet's even when the market's side is asked (qa10-t019 「向こうで関税を払ったり…」); a
  deadline asked beside next year is a rule, no forecast (qa16-d013); a tax paid when the goods
  land is the import's GST (qa9-t012).
- "What customs duty will they pay on arrival?" asks a duty, not a buyer's credit (qa7-d039);
  exporting at an EPA rate claims it, no duty lookup, and how long its papers are kept is record
  keeping (qa17-d008)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from export_assist.agent.tools.duties import asks_duty
from export_assist.answering.business import TYPE_KINDS
from export_assist.answering.cardpick import singled_out
from export_assist.answering.elsewhere import names_market
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.followup import resolve_history
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.understand import understand
from tests.answering.conftest import index_slice
from tests.compliance.hs_words_only import codes

COVERED = frozenset({"US", "IN", "FR", "EU", "NL", "HK", "AU", "SG", "JP"})
SLICE = [
    "jp/jp-cites-export.md",
    "fr/fr-language-toubon.md",
    "eu/eu-gpsr.md",
    "hk/hk-food-import-cfs.md",
    "hk/hk-free-port-customs-dutiable.md",
    "hk/hk-food-labelling.md",
    "in/in-market-entry.md",
    "us/us-organic-nop-import.md",
    "jp/jp-ata-carnet-temporary-export.md",
    "sg/customs-gst-origin.md",
    "au/au-customs-jaepa-origin.md",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    built = index_slice(Path(tmp_path_factory.mktemp("s40")), SLICE)
    yield built.answer_engine
    built.close()


def test_a_visa_to_enter_the_market_is_advice_by_its_type(engine: AnswerEngine) -> None:
    said = (
        "今治タオルのメーカーです。来年ニューデリーの見本市に社員2名を出張させます。"
        "インドに入国するには、どの種類のビザを取ればいいですか？"
    )
    q = understand(said, COVERED)
    assert q.advice and advice_kinds(q) == ["visas"] and "visas" in TYPE_KINDS
    answer = engine.answer(engine.understand(said))
    assert answer.escalate and "ビザ" in answer.text and "チェックリスト" in answer.text
    assert "要件は" not in answer.text  # no checklist overview
    # a certificate of inspection (検査証明) is no visa (査証)
    assert not understand("日本の検査証明さえあれば、台湾でも販売できますか？", COVERED).advice


def test_a_regime_named_by_name_is_answered_not_the_checklist(engine: AnswerEngine) -> None:
    said = (
        "We are a craft workshop in Okinawa. One of our products uses material from a species "
        "another country listed in CITES Appendix III. What document do we need to export these "
        "goods to a shop in Lyon?"
    )
    answer = engine.answer(engine.understand(said))
    assert answer.kind != "overview", answer.text
    assert "certificate of origin" in answer.text, answer.text


def test_papers_for_produce_of_a_restricted_prefecture_are_its_certificates(
    engine: AnswerEngine,
) -> None:
    said = "千葉の梨農家です。香港の果物店に生の梨を送ります。香港側で何か書類は要りますか？"
    answer = engine.answer(engine.understand(said))
    assert "放射性物質検査証明書" in answer.text and "輸出事業者証明書" in answer.text, answer.text


def test_the_control_list_named_by_its_table_is_export_control() -> None:
    said = "輸出令別表第1の5項に該当するプリプレグをフランスに出荷します。経済産業省の許可は要りますか？"
    q = understand(said, COVERED)
    assert "export_control" in q.topics and "dual_use_possible" in q.conditions
    assert "textiles" not in q.categories  # prepreg and carbon fibre are no textiles
    assert "1~15項" in singled_out(q)  # the list-control card names rows 1-15
    assert "1~15項" not in singled_out(understand("別表第1の16項の貨物です。", COVERED))


def test_new_goods_papers_after_a_label_question_are_not_labels_again() -> None:
    first = "オランダの日本食材卸に醤油を輸出したい。EU向けの食品表示で注意する点は？"
    then = "同じ卸から、かつおだしを加えた味噌も送ってほしいと言われました。この味噌の場合、特別な書類は必要ですか？"
    assert "labelling" not in resolve_history([first], then, COVERED).topics


def test_the_australia_group_names_no_market() -> None:
    aus = frozenset({"AU"})
    assert not names_market("Japan takes part in the Australia Group and the MTCR.", aus)
    assert not names_market("オーストラリア・グループに参加しています。", aus)
    assert names_market("Group A includes Australia and Korea.", aus)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("hand-carved boxwood hair combs", "961519"),
        ("plastic hair comb", "961511"),
        ("日本語の漫画単行本（紙の本）", "490199"),
        ("manga books", "490199"),
        ("柘植の櫛", "961519"),
    ],
)
def test_goods_words_reach_their_subheading(text: str, code: str) -> None:
    assert codes(text, 1)[0] == code


def test_which_paper_naming_no_trade_paper_is_answered_by_the_certificate(
    engine: AnswerEngine,
) -> None:
    said = "有機JASの緑茶を米国に出します。有機の輸入品には出荷ごとに電子の証明書が要ると聞いた。何という書類で、いつから？"
    answer = engine.answer(engine.understand(said))
    assert not answer.escalate, answer.text
    assert "NOP輸入証明書" in answer.text and "2024年3月19日" in answer.text, answer.text


def test_exhibits_brought_back_are_the_carnets_even_asked_of_the_market(
    engine: AnswerEngine,
) -> None:
    said = (
        "来月シンガポールの展示会に計測器の展示品を持って行き、終わったら日本に持ち帰ります。"
        "向こうで関税を払わずに済む方法はある？"
    )
    answer = engine.answer(engine.understand(said))
    assert "jp-ata-carnet-temporary-export" in {c.doc_id for c in answer.citations}
    assert "ATAカルネ" in answer.text, answer.text


def test_a_deadline_asked_beside_next_year_is_a_rule_and_landing_tax_is_gst(
    engine: AnswerEngine,
) -> None:
    said = "有機JASの抹茶をパリのカフェに出しています。来年以降もこのまま出せる？何か期限はある？"
    assert not understand(said, COVERED).advice
    q = resolve_history(
        ["We export bottled green tea drinks to Australia."],
        "Does the Australian buyer pay any tax on them when they land?",
        COVERED,
    )
    answer = engine.answer(q)
    assert not answer.escalate and "GST" in answer.text, answer.text


def test_a_duty_they_will_pay_is_no_credit_question_and_an_epa_rate_used_is_claimed() -> None:
    said = "A Dubai trading house wants to import our knives. What customs duty will they pay on arrival?"
    assert not understand(said, COVERED).advice
    assert "credit" in advice_kinds(
        understand("Our new buyer in Lyon is slow to reply. Will they really pay on time?", COVERED)
    )
    kept = "日EU・EPAの税率で包丁を出しています。原産品の根拠資料は、いつまで保管すればいい？"
    assert not asks_duty(kept) and asks_duty("包丁のドイツの関税率は？")
    assert "record_keeping" in understand(kept, COVERED).topics


def test_the_shop_sold_to_names_no_goods_for_an_hs_question() -> None:
    # the s40 user trial classified 「ロンドンの百貨店に卸したいのですが」: perfume and handbags
    said = "鹿児島で柘植の櫛を作っています。ロンドンの百貨店に卸したいのですが、HSコードは？"
    assert hs_product(said) == "柘植の櫛"
    assert hs_product("京都で扇子を作っています。パリの店に売りたいです。HSコードは？") == "扇子"
