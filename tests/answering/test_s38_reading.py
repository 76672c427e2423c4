"""Session 38 (issue 9 items 1-3): readings found on test34 and escalation_dev32 (tuning since
session 38), replayed here in new words.

- A follow-up keeps the goods' family with the goods: eyeglass frames' FDA question got the
  dietary-supplement rules (escalation_dev32 d007), as the sunglasses did (escalation_dev31 d005).
- Goods sent by post whose customs step is asked (「EMSで…税関の手続きとして何が必要」) ask
  Japan's postal export, not the destination's import checklist (test34 t021).
- Japan's procedure asked by its topic reads its documents whatever the goods: 「日本酒は
  キャッチオール規制の対象？」 lost the catch-all document, filed under industrial goods (t019),
  and the sentence stating the scope for the goods' kind belongs among the quotes."""

from __future__ import annotations

from export_assist.agent.tools.duties import asks_duty
from export_assist.answering.applies import goods_scope, scope_bonus
from export_assist.answering.catalog import DocProfile
from export_assist.answering.doc_goods import for_goods
from export_assist.answering.exporter_intro import maker_craft, with_craft
from export_assist.answering.followup import resolve_history
from export_assist.answering.preference import non_preferential, preference_claimed
from export_assist.answering.retrieve import _procedures
from export_assist.answering.understand import Question, understand
from export_assist.answering.words import asked_topics
from export_assist.domain.citations import Citation, SearchHit

COVERED = frozenset({"US", "GB", "CN", "TW", "EU", "FR"})


def test_a_follow_up_on_the_same_goods_keeps_their_family() -> None:
    earlier = [
        "鯖江でチタンの眼鏡フレームを作っています。シアトルの眼鏡店が直接仕入れたいそうです。"
    ]
    q = resolve_history(
        earlier, "米国に拠点はありません。FDAの手続きで誰かを指名する必要は？", COVERED
    )
    assert "product" in q.inherited
    assert q.families == ["eyewear"]
    # new goods of another family are their own (their family, not the frames')
    other = resolve_history(earlier, "では、同じ店にハンドクリームも出すなら？", COVERED)
    assert "eyewear" not in other.families


def test_goods_sent_by_post_ask_japans_postal_customs_step() -> None:
    said = "ロンドンの個人のお客様に、国際郵便で風呂敷3枚（合計2万円）を送ります。税関の手続きとして何が必要ですか。"
    assert "export_declaration" in asked_topics(said)
    q = understand(said, COVERED)
    # that step's need, not every requirement (the chat lists the checklist only when asked)
    assert q.japan_side and not q.explicit_list, q
    # the destination's duties or its import are the other side
    assert "export_declaration" not in asked_topics("EMSで送った扇子に米国の関税はかかりますか？")
    assert "export_declaration" not in asked_topics("国際郵便で届いた荷物の輸入の通関は？")
    # a shipment with no post in it asks no postal step; a list asked for is still the checklist
    assert "export_declaration" not in asked_topics("ロンドンに風呂敷を送ります。税関の手続きは？")
    listed = understand("フランスに扇子を輸出します。何が必要ですか。", COVERED)
    assert listed.intent == "checklist" and listed.explicit_list


def _doc(doc_id: str, country: str, topics: list[str], categories: list[str]) -> DocProfile:
    return DocProfile(doc_id, doc_id, country, "ja", topics, categories)


def _hit(doc_id: str) -> SearchHit:
    citation = Citation(doc_id=doc_id, title=doc_id, section="s", source_path=f"{doc_id}.md")
    return SearchHit(chunk_id=f"{doc_id}#0", text="t", citation=citation, score=1.0)


def test_japans_procedure_asked_by_its_topic_is_read_whatever_the_goods() -> None:
    catch_all = _doc("jp-catch-all", "JP", ["export_control"], ["machinery", "electronics"])
    cn_food = _doc("cn-food", "CN", ["export_control"], ["machinery"])
    asked = Question(
        "焼酎はキャッチオール規制にかかりますか",
        "ja",
        ["CN"],
        japan_side=True,
        product="焼酎",
        topics=["export_control"],
    )
    assert _procedures(asked, [catch_all, cn_food]) == {"jp-catch-all"}
    # not asked as Japan's side, or by another topic: nothing kept for any goods
    assert not _procedures(asked.with_(japan_side=False), [catch_all])
    assert not _procedures(asked.with_(topics=["labelling"]), [catch_all])
    docs = {"jp-catch-all": catch_all}
    hits = [_hit("jp-catch-all")]
    assert for_goods(hits, docs, frozenset({"alcohol", "food"})) == []
    assert for_goods(hits, docs, frozenset({"alcohol", "food"}), kept={"jp-catch-all"}) == hits


def test_the_scope_stated_for_the_goods_kind_is_the_answer() -> None:
    question = "焼酎はキャッチオール規制の対象になりますか？"
    kinds = frozenset({"alcohol", "food"})
    states = goods_scope(question, kinds)
    assert states is not None
    assert states("食品、飲料、木材は16項の対象外です。")
    assert not states("機械や電子部品の多くが対象になり得ます。")
    assert not states("食品の表示には日本語が必要です。")  # the kind named, no scope stated
    bonus = scope_bonus(question, kinds)
    assert bonus("食品、飲料、木材は16項の対象外です。") > bonus("機械の多くが対象になり得ます。")
    # not a question whether a rule applies: nothing to state
    assert goods_scope("焼酎の輸出に必要な書類は？", kinds) is None


def test_which_rules_apply_asks_no_scope_for_the_goods() -> None:
    # qa9-t087 "What plant health rules apply on the EU side?" lost the EU document's quote
    kinds = frozenset({"plants"})
    assert goods_scope("Which labelling rules apply to our bonsai in France?", kinds) is None
    assert goods_scope("盆栽にはどの規則が適用されますか？", kinds) is None
    assert goods_scope("Do the plant health rules apply to bonsai?", kinds) is not None


def test_asking_whether_the_procedure_changes_leans_on_the_previous_message() -> None:
    earlier = [
        "益子焼の窯元です。パリの個人客に国際郵便でマグカップ（1点5千円）を送ります。輸出申告は要りますか。"
    ]
    said = "次は同じお客様から花瓶をたくさん注文されました。金額が大きいと手続きは変わりますか。"
    q = resolve_history(earlier, said, COVERED)
    assert "topic" in q.inherited and "export_declaration" in q.topics and q.japan_side


def test_a_licence_said_not_needed_there_asks_where_the_rule_holds() -> None:
    question = "韓国はグループAの国なので、リスト規制の品目でも許可はいらないと考えてよいですか？"
    bonus = scope_bonus(question)
    assert bonus("リスト規制の品目は、仕向地がどこであっても許可が必要です。") > 0
    assert bonus("申請はNACCSで行います。") == 0


def test_a_maker_named_by_its_craft_names_the_goods_kind_for_a_buyer_search() -> None:
    # test34 t001 / escalation_dev32 d001 searched without the ware; in new words:
    assert maker_craft("岐阜の美濃焼の窯元です。") == "美濃焼"
    assert maker_craft("東京・台東区の江戸硝子の工房です。") == "江戸硝子"
    assert maker_craft("北海道の水産加工会社です。") == ""  # a trade, no craft
    goods = with_craft("白い小皿", "岐阜の美濃焼の窯元です。小皿を売りたい。")
    assert goods == "美濃焼（白い小皿）"
    assert with_craft("美濃焼の小皿", "岐阜の美濃焼の窯元です。") == "美濃焼の小皿"
    # a follow-up's own message introduces nobody: the conversation's introduction does
    assert with_craft("小皿", "台湾の買い手は？", "岐阜の美濃焼の窯元です。") == "美濃焼（小皿）"


def test_a_rate_of_any_tax_the_vocabulary_names_is_no_tariff_lookup() -> None:
    # agent/tools/duties reads vocab.OTHER_TAXES (the uncovered taxes and the advice group
    # "tax") instead of a list of its own
    assert not asks_duty("相続税の税率は日本とタイでどう違いますか？")
    assert not asks_duty("What is the sales tax rate in California on teapots?")
    assert not asks_duty("Wie hoch ist die Körperschaftsteuer? What rate applies?")
    assert asks_duty("タイの関税率と付加価値税は？")  # customs named: the tariff too


def test_a_preferential_origin_follow_up_reads_no_general_certificate() -> None:
    # test33 t007 (RCEP to China, then 「商工会議所は手間なので自分で申告しても？」) led with the
    # chamber's non-preferential certificate; in new words:
    covered = frozenset({"TH", "CN", "JP"})
    earlier = ["バンコクの輸入者から、日タイEPAで関税を下げたいと言われました。原産地の証明は？"]
    q = resolve_history(earlier, "商工会議所を通さずに自分で原産地を申告できますか？", covered)
    assert q.destinations == ["TH"] and "EPA" in q.context
    assert preference_claimed(q)
    general = _doc("jp-general", "JP", ["origin"], [])
    general.title = "Non-preferential certificates of origin from Japanese chambers of commerce"
    assert non_preferential(general)
    assert not non_preferential(_doc("jp-epa", "JP", ["origin"], []))
    # the general certificate named by the message is what it asks
    asks_general = q.with_(text="では一般原産地証明書は商工会議所で取れますか？")
    assert not preference_claimed(asks_general)


def test_only_an_agreement_said_before_is_carried_as_context() -> None:
    # an origin follow-up after a question that claimed no preferential rate leans on nothing
    # more (carrying every earlier message into the search cost an unseen case, s38)
    covered = frozenset({"TH", "JP"})
    earlier = ["バンコクの取引先に陶器を送ります。原産地の証明はどこで取りますか？"]
    q = resolve_history(earlier, "自分で原産地を申告してもいいですか？", covered)
    assert q.destinations == ["TH"] and not q.context
