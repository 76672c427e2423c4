"""Session 16 (issue 9 items 1-3): a question that asks about Japan's own authorities or
where in Japan something is done is Japan-side even where it names the market; a Japan-side
follow-up keeps the procedure its goods trigger (CITES for crocodile or ivory goods) and its
「どんな書類」 asks that procedure's papers, not invoices; a plant protection station is an
answer to "where" as a ministry is. New sentences, none from an evaluation set."""

from __future__ import annotations

import pytest

from export_assist.answering.followup import resolve_history
from export_assist.answering.japan_side import asks_japan, japan_side, procedure_names
from export_assist.answering.select import FACTS, pick_sentences
from export_assist.answering.understand import understand
from tests.answering.test_answers_s15 import hit

COVERED = frozenset("US EU DE FR GB KR TW HK SG VN TH AU JP INTL".split())


@pytest.mark.parametrize(
    "text",
    [
        "韓国の問屋に生の梨を出す。向こうは日本政府の植物の証明を欲しがっている。日本ではどこに申し込む？",
        "シンガポールへホタテを送る。日本の役所で取っておく証明はある？",
        "香港向けの冷凍牛肉、日本ではいつ検査を受けるの？",
        "Which Japanese authority signs the health certificate for our scallops to Vietnam?",
        "Where in Japan do we get the fruit inspected before it goes to Taiwan?",
    ],
)
def test_japans_own_authorities_asked_make_the_question_japan_side(text: str) -> None:
    q = understand(text, COVERED)
    assert asks_japan(text) and q.japan_side, q
    assert q.destinations  # the market is still read


@pytest.mark.parametrize(
    "text",
    [
        "日本では定番のお菓子を、台湾のスーパーで売りたい。ラベルに何を書く？",
        "韓国では誰が化粧品の輸入を審査する？",
        "Our snacks are popular in Japan; what must the US label show?",
    ],
)
def test_japan_as_a_place_the_goods_come_from_is_not_japan_side(text: str) -> None:
    assert not asks_japan(text)
    assert not japan_side(text, [])


def test_a_japan_side_follow_up_keeps_the_procedure_its_goods_trigger() -> None:
    q = resolve_history(
        ["象牙を使った印鑑を、ドイツの雑貨店に卸したい。"],
        "日本を出す前に、国からどんな書類を取っておけばいい？",
        COVERED,
    )
    assert q.japan_side and not q.destinations
    assert "象牙" in q.context
    assert procedure_names(q.context) == "CITES"
    # 「どんな書類」 names no trade document: the procedure's papers are asked, not invoices
    assert "trade_documents" not in q.topics


def test_a_follow_up_naming_an_invoice_keeps_the_documents_topic() -> None:
    q = resolve_history(
        ["クロコダイルのベルトをイタリアに送りたい。"],
        "日本から出すとき、インボイスには何を書く？",
        COVERED,
    )
    assert q.japan_side
    assert "trade_documents" in q.topics


def test_goods_without_a_japanese_procedure_name_none() -> None:
    assert procedure_names("綿のタオルをフランスに輸出したい。") == ""
    assert procedure_names("An alligator-skin handbag for a shop in Paris") == "CITES"


def test_a_plant_protection_station_answers_where_the_inspection_is() -> None:
    assert FACTS["who"].search("検査は横浜植物防疫所で受けます。")
    assert FACTS["who"].search("輸出検疫は動物検疫所が行います。")
    passages = [
        hit(
            "jp-certs",
            "- 証明書の内容は相手国によって違い、産地や衛生状態を示します。\n"
            "- 生の果物や野菜は、最寄りの植物防疫所で輸出検査を受け、植物検疫証明書をもらいます。\n"
            "- 加工度の高い食品は通常は対象外です。",
        )
    ]
    got = pick_sentences(passages, "日本ではどこで梨の検査を受ける？", "who", "ja", n=1)
    assert got and "植物防疫所" in got[0].text, got


@pytest.mark.parametrize(
    "text",
    [
        "以前は台湾向けの梨に産地証明を付けていた。今でもその証明は必要？",
        "香港の問屋に干し椎茸を出している。いまも放射性物質の検査結果を求められるの？",
        "Is the pre-export inspection certificate still required for dried scallops to Korea?",
    ],
)
def test_still_required_asks_whether_the_rule_changed(text: str) -> None:
    assert understand(text, COVERED).qtype == "still"


def test_a_month_or_a_list_of_papers_now_is_not_still() -> None:
    assert understand("今月中に台湾へ出したい。何が必要？", COVERED).qtype != "still"
    assert understand("いま輸出に必要な書類は？", COVERED).qtype != "still"


def test_still_required_quotes_the_sentence_saying_the_rule_was_lifted() -> None:
    passages = [
        hit(
            "sg-status",
            "- シンガポールの輸入者は、食品の輸入ごとにSFAの許可を取ります。\n"
            "- 検査証明書は以前は全ての日本産きのこに求められていました。\n"
            "- シンガポールは2021年5月28日に、日本産のきのこを含む食品の輸入規制を撤廃しました。",
        )
    ]
    got = pick_sentences(
        passages, "シンガポール向けのきのこに、今も検査証明書が必要？", "still", "ja", n=1
    )
    assert got and "撤廃" in got[0].text, got
