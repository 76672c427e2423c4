"""Session 19 (issue 9 items 1 and 5): reading the turn. A country named as where an
ingredient or material came from is no market (the conversation's market stays); a document
request keeps the whole goods name 「AのB」, never the qualifier alone; an HS question whose
last clause names only the export (「輸出するときの」) takes the goods from the clause before.
All sentences are new (not the test16 cases these classes were seen in)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from export_assist.agent.intent import IntentDetector
from export_assist.answering.followup import resolve_history
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.places import find_places
from export_assist.answering.shipment_fields import extract
from export_assist.answering.understand import understand
from export_assist.programmes.asked import asked_kinds
from export_assist.programmes.catalogue import catalogue_files, load_catalogue
from export_assist.programmes.matching import match_programmes
from export_assist.programmes.text_profile import profile_from_text

COVERED = frozenset("US EU DE FR GB KR JP VN SG TH TW CN HK AU".split())


@pytest.mark.parametrize(
    ("earlier", "message", "market"),
    [
        (
            "We make miso in Nagano and sell it to shops in Germany.",
            "This year some of the soybeans were grown in China. Can we still call it Japanese?",
            "DE",
        ),
        (
            "We brew shochu in Kagoshima and export to bars in the US.",
            "Part of the barley came from Australia this season. Does the label change?",
            "US",
        ),
        (
            "Our tea goes to a cafe chain in Singapore.",
            "We blend in some leaves sourced from Vietnam. Is that a problem for the origin claim?",
            "SG",
        ),
        (
            "フランスのワインショップに梅酒を卸しています。",
            "今年は梅の一部に中国産を使いました。ラベルの原産国表示は変わりますか？",
            "FR",
        ),
        (
            "韓国の百貨店に和菓子を出しています。",
            "原材料の小豆の一部はタイから仕入れています。表示で気をつけることは？",
            "KR",
        ),
        (
            "台湾の輸入者に日本酒を売っています。",
            "酒米を一部アメリカで栽培したものに切り替えたら、ラベルの原産国の書き方は変わる？",
            "TW",
        ),
    ],
)
def test_where_an_ingredient_came_from_is_no_market(
    earlier: str, message: str, market: str
) -> None:
    q = resolve_history([earlier], message, COVERED)
    assert q.destinations == [market], (q.destinations, q.unsupported)
    assert not q.unsupported, q.unsupported


@pytest.mark.parametrize(
    ("message", "market"),
    [
        # a request or a buyer that came from a place still names it
        ("An inquiry came from Thailand for our yuzu juice. What do we need?", "TH"),
        ("A buyer from Australia wants our rice crackers. What are the rules?", "AU"),
        ("タイから注文が来ました。柚子果汁を送るのに何が必要？", "TH"),
        ("ベトナムのスーパーで販売したい。味噌の表示は？", "VN"),
        # the market beside an imported input: 「中国製の部品」 is no market, the US is
        ("中国製の部品を使った電動工具をアメリカに輸出したい。必要な認証は？", "US"),
        ("Our sake uses rice grown in Thailand. What does Korea require on the label?", "KR"),
    ],
)
def test_a_market_beside_an_origin_is_still_read(message: str, market: str) -> None:
    assert understand(message, COVERED).destinations == [market], message


def test_the_origin_stays_a_place_for_the_grounding_check() -> None:
    text = "Our sake uses rice grown in Thailand."
    assert not [m for m in find_places(text) if m.code == "TH"]
    assert [m for m in find_places(text, sources=True) if m.code == "TH"]


@pytest.mark.parametrize(
    ("message", "goods"),
    [
        ("インボイスを作成：九谷焼の箸置き 300個、単価800円、FOB大阪。", "九谷焼の箸置き"),
        (
            "南部鉄器の急須 50個、単価9,000円、買主 Teahouse Ltd（イギリス）、FOB東京で"
            "インボイスをお願いします。",
            "南部鉄器の急須",
        ),
        (
            "インボイスを作って：益子焼のマグカップ 60個、単価2,200円、FOB東京。",
            "益子焼のマグカップ",
        ),
        (
            "インボイスを作って：西陣織のネクタイ 80本、単価6,000円、CIFニューヨーク。",
            "西陣織のネクタイ",
        ),
        # the head is said: a place before it may go, the head never
        ("インボイスを作って：静岡の緑茶 200袋、単価1,200円、FOB清水。", "緑茶"),
        ("インボイスを作って：うちの冷凍サバ 500袋、単価300円、FOB釧路。", "冷凍サバ"),
    ],
)
def test_a_document_request_keeps_the_whole_goods_name(message: str, goods: str) -> None:
    draft = extract(message, understand(message, frozenset()))
    assert draft.fields.get("product") == goods, draft.fields


@pytest.mark.parametrize(
    ("message", "goods"),
    [
        (
            "うちで作った手持ち花火を海外の雑貨店に卸したい。輸出するときのHSコードは？",
            "手持ち花火",
        ),
        ("有田焼の招き猫を台湾に輸出したい。通関の時に使うHSコードを教えて。", "有田焼の招き猫"),
        ("下駄をアメリカに出します。申告するときに必要なHSコードは？", "下駄"),
        ("風鈴を海外のお店で売ってもらいたい。HSコードを教えて", "風鈴"),
    ],
)
def test_an_hs_question_reads_the_goods_not_the_export(message: str, goods: str) -> None:
    assert hs_product(message) == goods, message


def test_an_hs_question_that_names_no_goods_reads_none() -> None:
    assert hs_product("輸出の際のHSコードを教えて") == ""


@pytest.mark.parametrize(
    "message",
    [
        "新潟の蔵元です。今年は山田錦が足りず、カリフォルニア産の米を少し混ぜました。それでも「日本酒」と名乗れますか？",
        'Some of our rice is from Thailand now. May we still call it "Japanese Sake" abroad?',
    ],
)
def test_the_japanese_sake_name_is_asked_of_japans_rule(message: str) -> None:
    q = understand(message, COVERED)
    assert q.japan_side and q.markets == ["JP"], (q.destinations, q.japan_side)


def test_the_japanese_sake_name_in_a_conversation_keeps_its_market() -> None:
    q = resolve_history(
        ["We ship junmai sake to bistros in France."],
        'Some rice this year was grown in California. Is "Japanese Sake" still allowed on the label?',
        COVERED,
    )
    assert q.markets == ["FR", "JP"], (q.destinations, q.japan_side)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            "うちの味噌をアメリカで知ってもらいたい。国が海外で日本食の宣伝をしてくれる仕組みはある？",
            "promotion",
        ),
        ("外国語のウェブサイトを作るのを手伝ってくれる、県や国の事業はありますか？", "website"),
        (
            "日本酒の輸出を考えています。国税庁で相談できる窓口や補助金はありますか？",
            "operator:nta",
        ),
        ("中小機構に海外展開の相談をしたい。どんな支援がある？", "operator:smrj"),
    ],
)
def test_public_help_in_everyday_words_is_a_programme_question(message: str, kind: str) -> None:
    assert IntentDetector(None).detect(message) == "programmes", message
    assert kind in asked_kinds(message), asked_kinds(message)


@pytest.mark.parametrize(
    "message",
    [
        "その国で宣伝するときの表示規制は？",
        "輸出先の国の事業者登録は必要ですか？",
        "タイでお酒の広告を出すときの規制は？",
    ],
)
def test_a_rule_about_promotion_or_a_business_is_no_programme(message: str) -> None:
    assert IntentDetector(None).detect(message) != "programmes", message


def test_the_programme_a_question_asks_for_comes_first() -> None:
    catalogue = load_catalogue(catalogue_files(Path("programmes")))
    programmes = catalogue.programmes
    for message, first in [
        ("焼酎を海外の消費者に知ってもらう宣伝を、国がまとめてやってくれる？", "プロモーション"),
        ("英語のホームページ作りを専門家チームが手伝ってくれる国の事業はある？", "Web"),
        ("国税庁に輸出の相談ができる人はいる？", "国税庁"),
    ]:
        profile = profile_from_text(message)
        result = match_programmes(
            programmes, profile, dt.date(2026, 12, 1), asked=asked_kinds(message), limit=5
        )
        top = next(p for p in programmes if p.id == result.matches[0].id)
        said = top.summary_ja + top.benefit.summary_ja + top.operator_name
        assert first in said, (message, [m.id for m in result.matches])
