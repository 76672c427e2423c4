"""Session-33 reading of questions (issue 9 items 1, 3, 4 and 5), in new words (not test29's
or escalation_dev27's): a price named as a measure (a share of a machine's price, money added
on top of a bottle's price) asks no pricing advice, while a price to set still does; a
ruling on a disputed code asked after an HS statement is customs text, not the HS tool again;
which rule a request rests on is its own question after a checklist statement, even when it
points back ("this"); a business number registered abroad is local-business advice; an
importer asking of its own entry is the market's side; the U.S. FDA is not read into a
question about another market's FDA; goods made with a material (「…を使った…」) are the
goods, not the material; the subsidiary, the prototype and the friendly country are no topic;
everyday words imply the corpus's terms (a deposit on top of the price, the genus Pinus for a
black pine, dairy products for milk powder); plant rules are none of an animal product's, and
an electronic certificate is no electrical goods; a scope stated of the goods asked about by
name (「…でも」) answers whether a rule reaches them; a music box and a pulp egg carton are
classified as such."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from export_assist.answering.applies import scope_bonus
from export_assist.answering.coverage import content_terms
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.everyday import rule_terms
from export_assist.answering.expand import expand
from export_assist.answering.families import families
from export_assist.answering.followup import resolve_history
from export_assist.answering.goods import kinds_in, other_kind
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.japan_side import japan_side
from export_assist.answering.scope import about, outside_families
from export_assist.answering.understand import understand
from export_assist.retrieval.normalize import nfkc
from export_assist.translation.termbase import TermBase
from tests.answering.conftest import index_slice
from tests.compliance.hs_words_only import codes

COVERED = frozenset({"US", "CN", "GB", "FR", "DE", "EU", "JP", "KR", "PH", "TH", "AU", "VN"})


@pytest.mark.parametrize(
    "said",
    [
        "検査装置を台湾に出します。中のセンサーがアメリカ製で、装置の値段の2割ほどです。米国の規制は関係しますか？",
        "フランスの酒屋に缶チューハイを出します。缶の値段に上乗せされるお金があると聞きました。いくらですか？",
    ],
)
def test_a_price_named_as_a_measure_asks_no_pricing_advice(said: str) -> None:
    assert "pricing" not in advice_kinds(understand(said, COVERED))


def test_a_price_to_set_is_still_pricing_advice() -> None:
    said = "ソウルで柚子ジャムを売ります。値段はいくらにすればいいですか？"
    assert "pricing" in advice_kinds(understand(said, COVERED))


def test_a_ruling_on_a_disputed_code_is_no_hs_request() -> None:
    earlier = [
        "大阪で粉末の出汁を作っています。ロンドンの取引先と、HSコードをどれにするかでもめています。"
    ]
    q = resolve_history(
        earlier, "イギリスの税関に、前もって分類を決めてもらう方法はありますか？", COVERED
    )
    assert q.intent == "regulation"


def test_which_rule_a_request_rests_on_is_its_own_question() -> None:
    earlier = ["長野で味噌を作り、ミュンヘンの輸入者に出しています。"]
    said = (
        "輸入者から「どこから仕入れたか記録しておくのが義務だ」と言われました。"
        "これはEUのどの決まりに基づく話ですか？"
    )
    q = resolve_history(earlier, said, COVERED)
    assert q.intent == "regulation" and q.qtype == "law"


def test_a_business_number_registered_abroad_is_local_business_advice() -> None:
    said = (
        "We will sell rice cookers to shops in Melbourne. Do we need an ABN as a Japanese company?"
    )
    assert "local_business" in advice_kinds(understand(said, COVERED))


def test_an_importer_asking_of_its_own_entry_is_the_markets_side() -> None:
    said = (
        "We are an importer in Manila buying green tea from Japan. Where do we see the "
        "certificate of origin before we lodge the entry?"
    )
    assert not japan_side(said, ["certificate_of_origin"])
    asked = (
        "We are an importer in Manila. Which Japanese authority issues the certificate of origin?"
    )
    assert japan_side(asked, ["certificate_of_origin"])


def test_the_us_fda_is_not_read_into_another_markets_fda() -> None:
    termbase = TermBase.load()
    ph = understand("マニラの輸入者がFDAに登録するので、証明書がほしいと言われました。", COVERED)
    assert "U.S. Food and Drug" not in expand(ph, termbase)
    us = understand("アメリカに出すので、FDAに登録が必要ですか？", COVERED)
    assert "U.S. Food and Drug" in expand(us, termbase)


def test_goods_made_with_a_material_are_the_goods() -> None:
    q = understand("有田焼を使った置き時計を作っています。", COVERED)
    assert q.phrase == "有田焼の置き時計"
    plain = understand("有田焼を作っています。", COVERED)
    assert plain.phrase == "有田焼"


def test_the_subsidiary_the_prototype_and_the_friendly_country_are_no_topic() -> None:
    terms = content_terms(
        "カナダの子会社に試作品を送ります。カナダは友好国なので許可はいりませんよね？"
    )
    assert not {"子会社", "試作品", "友好国"} & set(terms)


@pytest.mark.parametrize(
    ("said", "term"),
    [
        ("ボトルの値段に上乗せされるお金", "デポジット"),
        ("五葉松の盆栽をオランダへ", "マツ属"),
        ("脱脂粉乳とバターを出します", "乳製品"),
    ],
)
def test_everyday_words_imply_the_corpus_terms(said: str, term: str) -> None:
    assert term in rule_terms(said)


def test_plant_rules_are_none_of_an_animal_products() -> None:
    plants = (
        "生鮮の野菜、果物、切り花、苗木、盆栽を輸出するときは、植物防疫所の輸出検査を受けます。"
    )
    dairy = frozenset({"food", "dairy"})
    assert other_kind(plants, "", dairy)
    assert not other_kind(plants, "", frozenset({"food", "plants"}))
    assert not other_kind("乳製品は動物検疫所の輸出検査を受けます。", "", dairy)


def test_an_electronic_certificate_is_no_electrical_goods() -> None:
    assert not kinds_in("Every consignment needs an electronic certificate issued in TRACES.")
    assert "electrical" in kinds_in("Electronic devices need the CE mark.")


def test_a_scope_stated_of_the_goods_asked_by_name_counts_double() -> None:
    bonus = scope_bonus("味噌は届出がいると聞きましたが、甘酒でも届出がいりますか？")
    named = bonus("甘酒などの加工品は届出不要です。")
    other = bonus("個人用の味噌は届出の対象外です。")
    assert named > other > 0


@pytest.mark.parametrize(
    ("product", "code"),
    [("木箱入りのオルゴール", "920810"), ("パルプモールド製の卵パック", "482370")],
)
def test_a_music_box_and_a_pulp_egg_carton(product: str, code: str) -> None:
    assert codes(product, 1) == [code], product


@pytest.mark.parametrize(
    ("said", "goods"),
    [
        (
            "鯖江でメガネケースを作っています。アメリカのお店に卸すとき、規制はありますか？",
            "メガネケース",
        ),
        ("魚津で木工品を作っています。フランスに出すには？", "木工品"),
        ("山梨でワインを造っています。ドイツに出すには？", "ワイン"),
    ],
)
def test_a_town_in_japan_holding_a_goods_word_names_no_goods(said: str, goods: str) -> None:
    q = understand(said, COVERED)
    assert q.phrase == goods
    assert "seafood" not in q.categories and "鯖" not in q.product and "梨" not in q.product


def test_the_goods_word_outside_the_town_is_still_the_goods() -> None:
    q = understand("鯖江で鯖の缶詰を作っています。アメリカに出すには？", COVERED)
    assert q.product == "鯖" and "seafood" in q.categories


def test_spectacles_are_medical_devices_and_their_case_or_cloth_is_not() -> None:
    assert "eyewear" in families("鯖江のメガネをタイに輸出したい。規制は？")
    assert "eyewear" in families("sunglasses to the us: do the lenses need a test?")
    for said in (
        "鯖江でメガネケースを作っています",
        "眼鏡拭きのクロスを送ります",
        "a glasses case in leather",
    ):
        assert not families(nfkc(said).lower()), said


@pytest.mark.parametrize(
    ("said", "kinds"),
    [
        ("ワイングラスをドイツに輸出します。", {"household", "food_contact"}),
        ("眼鏡拭きのクロスをフランスに送ります。", {"textiles"}),
    ],
)
def test_a_wine_glass_and_a_lens_cloth_are_their_own_goods(said: str, kinds: set[str]) -> None:
    q = understand(said, COVERED)
    assert kinds <= set(q.categories) and "alcohol" not in q.categories


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswerEngine]:
    files = [
        "us/us-fda-eyeglasses.md",
        "us/us-country-of-origin-marking.md",
        "ae/ae-import-restrictions-procedures.md",
        "eu/eu-mdr-spectacles.md",
        "eu/eu-lvd-emc-rohs-weee.md",
    ]
    built = index_slice(tmp_path_factory.mktemp("s33reading"), files)
    yield AnswerEngine(built.searcher, built.card_library, built.termbase)
    built.close()


def test_a_glasses_case_reads_no_eyewear_document(engine: AnswerEngine) -> None:
    case = engine.answer(
        engine.understand("鯖江でメガネケースを作っています。アメリカのお店に卸すとき、規制は？")
    )
    assert "us-fda-eyeglasses" not in {c.doc_id for c in case.citations}
    frames = engine.answer(
        engine.understand("鯖江で老眼鏡を作っています。アメリカに出すとき、FDAの登録は要りますか？")
    )
    assert "us-fda-eyeglasses" in {c.doc_id for c in frames.citations}


def test_a_list_of_many_goods_rules_is_never_outside_the_goods(engine: AnswerEngine) -> None:
    """The UAE's goods needing prior approval name medical devices beside bulbs and bonsai:
    the eyewear rule must not take that list from a nursery or a glasses-case maker."""
    catalog = engine.retriever.catalog()
    for said in ("UAEにメガネケースを輸出したい", "UAEに盆栽と球根を輸出したい。事前承認は？"):
        outside = outside_families(engine.understand(said), catalog)
        assert "ae-import-restrictions-procedures" not in outside, said
    assert "us-fda-eyeglasses" in outside_families(
        engine.understand("UAEにメガネケースを輸出したい"), catalog
    )


def test_the_eyewear_documents_answer_no_other_medical_device(engine: AnswerEngine) -> None:
    """The FDA's eyewear page names medical devices; a hearing aid or a blood pressure monitor
    got the spectacles rules while eyewear sat in the medical-devices family."""
    fda = engine.retriever.catalog().docs["us-fda-eyeglasses"]
    assert about(fda, "eyewear") and not about(fda, "medical_devices")
    for said in (
        "補聴器をドイツに輸出したい。CEマークは必要？",
        "血圧計をアメリカに輸出したい。FDAの登録は必要？",
    ):
        done = engine.answer(engine.understand(said))
        assert done.escalate and not done.citations, (said, done.text)


def test_eyeglass_frames_read_no_electrical_goods_document(engine: AnswerEngine) -> None:
    said = "鯖江でメガネフレームを作っています。ドイツに輸出するとき、CEマークは必要ですか？"
    cited = {c.doc_id for c in engine.answer(engine.understand(said)).citations}
    assert "eu-mdr-spectacles" in cited and "eu-lvd-emc-rohs-weee" not in cited
