"""Session-28 reading of questions (issue 9 items 1 and 3), in new words (not test24's or
escalation_dev22's): a work permit, a company formed or staff posted there and a gallery's
usual cut are advice no regulation text gives; an agency agreement named beside a rule asked
(who may be an agent, what a licence needs, whether it can be ended) is a rule question, while
drafting or reviewing one stays a lawyer's; a sale on a condition (「マークがあれば売れますか」)
asks a rule, not a forecast; another code asked beside the HS code is no HS lookup; and a
packing request's 「1カートンにN個入り」 or 「1カートン総重量」 counts neither the goods nor the
packages."""

from __future__ import annotations

from export_assist.answering.asks import intent_of
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.shipment_fields import extract, merge
from export_assist.answering.understand import understand
from export_assist.answering.words import asks_advice

COVERED = frozenset({"US", "TW", "TH", "SG", "AE", "PH", "AU", "FR", "KR", "EU", "JP"})


def test_staff_posted_there_and_a_company_formed_there_are_local_business() -> None:
    for said, kind in (
        (
            "ソウルに事務所を置いて、社員を1人常駐させたい。韓国で就労許可を取るにはどうすればいい？",
            "visas",
        ),
        ("シンガポールで日本人スタッフが働く許可はどうやって取りますか？", "visas"),
        (
            "Does the Foreign Business Act let our Japanese company open a wholly owned shop in Bangkok?",
            "local_business",
        ),
    ):
        q = understand(said, COVERED)
        assert q.advice, said
        assert kind in advice_kinds(q), said


def test_a_usual_cut_is_a_quote_no_regulation_gives() -> None:
    q = understand(
        "ソウルの百貨店の催事に出ます。百貨店に払う手数料は売上の何%くらいが相場？", COVERED
    )
    assert q.advice and "costs" in advice_kinds(q)
    q = understand("What commission rate does a gallery in Paris usually take?", COVERED)
    assert q.advice and "costs" in advice_kinds(q)


def test_an_agency_agreement_beside_a_rule_asked_is_a_rule_question() -> None:
    # who may be an agent, what an importer's licence needs, whether it can be ended
    for said in (
        "アブダビの会社と代理店契約を結ぶとき、代理店になれる会社の条件はありますか？",
        "輸入者の営業許可の申請に、うちとの独占契約の書類が要るそうです。",
        "その販売店契約は、あとで解約できますか？",
    ):
        assert not asks_advice(understand(said, COVERED).text.lower()), said
    # drafting, reviewing or judging the terms stays a lawyer's
    for said in (
        "タイの販売店と独占契約を結びます。契約書のひな形を作ってもらえますか？",
        "Please review the distribution agreement our Sydney importer sent and say if it is fair.",
        "台湾の代理店から独占権を3年ほしいと言われた。受けても大丈夫？",
        "韓国の販売店と独占契約を結びます。注意点は？",
    ):
        assert asks_advice(understand(said, COVERED).text.lower()), said
    # a plan said first and a request for tips asks the rules
    assert not asks_advice("来年からドイツに緑茶を輸出します。注意点は？")
    # an invoice drafted is a document, not a contract
    assert not asks_advice("draft a commercial invoice: 30 tins of tea for leaf ltd, fob kobe.")


def test_a_sale_on_a_condition_asks_a_rule_not_a_forecast() -> None:
    assert not asks_advice("ceマークがあれば、韓国でもそのまま売れますか？")
    assert not asks_advice("日本の検査証明さえあれば、台湾でも販売できますか？")
    assert asks_advice("この抹茶、フランスで売れると思いますか？")


def test_another_code_beside_the_hs_code_is_no_hs_lookup() -> None:
    assert intent_of("besides the hs code, which other code goes on the import permit?", []) != "hs"
    assert intent_of("輸入申告で、hsコード以外に入力する番号はありますか？", []) != "hs"
    assert intent_of("what is the hs code for dried persimmons?", []) == "hs"


def _fields(text: str) -> dict[str, str]:
    return merge([extract(text, understand(text, COVERED))]).fields


def test_what_one_carton_holds_or_weighs_is_no_count_of_goods_or_cartons() -> None:
    f = _fields(
        "パッキングリストをお願いします：有田焼の大皿 36枚、1カートンに6枚入り、1カートン総重量9kg。"
    )
    assert f["quantity"] == "36 枚"
    assert f["packages"] == "6"
    assert f["weights"].startswith("1カートン")
    f = _fields("Packing list please: 90 ceramic mugs, 6 pcs per carton, buyer Clay & Co.")
    assert f["quantity"] == "90 pcs"
    assert f["packages"] == "15"
    # the earlier forms still read as before
    assert _fields("梅酒（6本入り）を40ケース")["quantity"] == "240 本"
    assert _fields("50カートン（1カートン12本入り）の日本酒")["packages"] == "50"


def test_what_befalls_one_who_skips_a_step_is_a_penalty_question() -> None:
    from export_assist.answering.qtypes import question_type

    assert question_type("Do we have to register first, and what happens if we don't?") == "penalty"
    assert question_type("届出をしなかったら、どうなりますか？") == "penalty"
    assert question_type("検査の頻度はどのくらいですか？") == "rate"
    assert question_type("How often are the shipments sampled at the border?") == "rate"
    from export_assist.answering.select import FACTS

    for said in (
        "25% of risk food consignments are inspected.",
        "少なくとも半年に1度、現地で確認します。",
        "The broker checks the premises once a year.",
    ):
        assert FACTS["rate"].search(said), said
    assert not FACTS["rate"].search("The importer registers with the agency.")


def test_goods_named_only_to_compare_are_not_the_goods_asked() -> None:
    q = understand("チーズと比べて、牛乳を香港に送るときは何か特別な手続きがありますか？", COVERED)
    assert q.product == "牛乳"
    q = understand("Unlike the green tea, does our matcha need a test report in Korea?", COVERED)
    assert q.product == "matcha"
    # nothing else named: the goods stay
    assert understand("チーズと比べてどうですか？", COVERED).product == "チーズ"


def test_who_the_exporter_or_the_buyer_is_is_no_topic() -> None:
    from export_assist.answering.coverage import content_terms

    terms = content_terms(
        "祖母の代から続く三味線の工房です。ロンドンの演奏家に三味線を送れますか？"
    )
    assert "演奏家" not in terms and "祖母" not in terms
    assert "三味線" in terms


def test_a_sentence_saying_only_what_was_not_checked_is_marked() -> None:
    from export_assist.answering.unit_filters import unchecked

    assert unchecked("中古の冷蔵庫に同じ認証が要るかどうかは確認していません（要確認）。")
    assert unchecked(
        "Whether the scheme covers frozen goods has not been checked (to be confirmed)."
    )
    assert not unchecked("輸入者は事前に環境局へ申請しなければなりません（要確認）。")
    assert not unchecked("The importer must hold an SFA licence.")


def test_a_beetle_of_stored_rice_is_no_dried_bonito() -> None:
    from export_assist.answering.goods import kinds_in

    assert "seafood" not in kinds_in("対象の害虫はコクゾウムシとカツオブシムシ類です。")
    assert "seafood" in kinds_in("かつお節とカツオブシの輸出")


def test_a_sentence_going_on_from_a_topical_one_in_its_line_stays() -> None:
    from export_assist.answering.topical import topical_units
    from export_assist.domain.citations import Citation, SearchHit

    text = (
        "- 輸入者は営業許可に加えて、糖類を含む調製品には別の許可も取ります。"
        "ビタミン剤では求められていません。\n- 表示は英語で行います。"
    )
    hit = SearchHit(
        chunk_id="x:1",
        text=text,
        citation=Citation(doc_id="x", title="x", section="輸入", source_path="x.md"),
        score=1.0,
    )
    kept = topical_units(hit, frozenset(), ("許可",))
    assert any(u.startswith("ビタミン剤") for u in kept)
    assert not any(u.startswith("表示") for u in kept)


def test_a_fact_the_type_asks_for_takes_the_last_place_when_none_states_it() -> None:
    import re

    from export_assist.answering.subquestions import with_fact

    ranked = ["届出は事前に行います。", "対象は商業輸出です。", "無届けなら20万円以下の過料です。"]
    fine = re.compile(r"過料|罰金")
    out = with_fact(ranked[:2], ranked[:2], ranked, str, fine, lambda _x: True)
    assert out == ["届出は事前に行います。", "無届けなら20万円以下の過料です。"]
    # one that states it already: nothing changes
    assert with_fact(ranked[1:], ranked[1:], ranked, str, fine, lambda _x: True) == ranked[1:]


def test_everyday_words_name_the_corpus_terms_of_their_rule() -> None:
    from export_assist.answering.everyday import rule_terms

    assert "委任状" in rule_terms("通関業者が証明書を代わりに申請してくれるそうです。")
    assert "PPDS" in rule_terms("お店で包んだお菓子にも原材料を全部書くんですか？")
    assert "中古車" in rule_terms("社用車を一台、一緒に送れますか？")


def test_a_markets_document_a_japanese_body_runs_is_japans_side_there() -> None:
    from export_assist.answering.catalog import DocProfile
    from export_assist.answering.home_side import export_side_docs

    def doc(doc_id: str, country: str, authority: str) -> DocProfile:
        return DocProfile(doc_id, doc_id, country, "ja", [], [], authority=authority)

    docs = {
        d.doc_id: d
        for d in (
            doc("cn-rice", "CN", "農林水産省 植物防疫所; GACC"),
            doc("cn-labels", "CN", "SAMR"),
            doc("kr-rice", "KR", "農林水産省 植物防疫所"),
        )
    }
    q = understand("台湾向けのお米は、日本を出る前にどんな検査がありますか？", COVERED | {"CN"})
    assert export_side_docs(q, docs) == frozenset()  # Taiwan: none of these
    q = understand("中国向けのお米は、日本を出る前にどんな検査がありますか？", COVERED | {"CN"})
    assert export_side_docs(q, docs) == {"cn-rice"}
    # the market's side asked too: not Japan's side only
    q = understand("中国向けのお米は、現地ではどんな検査がありますか？", COVERED | {"CN"})
    assert export_side_docs(q, docs) == frozenset()
