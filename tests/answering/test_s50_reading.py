"""Session 50 (issue 9): readings found on test46 and escalation_dev44 once they joined tuning.
Each test names the everyday question that showed the defect, and asks in new words."""

from __future__ import annotations

from export_assist.answering.asks import intent_of
from export_assist.answering.catalog import DocProfile
from export_assist.answering.compose import _ja_predicate
from export_assist.answering.coverage import _forms
from export_assist.answering.everyday import corpus_words
from export_assist.answering.followup import resolve_history
from export_assist.answering.frame import frame_compound
from export_assist.answering.hs_phrase import hs_product
from export_assist.answering.labels import t
from export_assist.answering.preference import for_origin, preference_claimed
from export_assist.answering.rerank import DocScore
from export_assist.answering.understand import understand
from export_assist.answering.words import asked_topics, asks_advice
from export_assist.compliance.hs.en_terms import seller_terms
from export_assist.compliance.hs.ja_terms import english_terms


def test_whether_no_paper_is_needed_is_a_question_not_a_request_to_draft_one() -> None:
    # escalation_dev44 d006 「出荷のたびに特に何か書類を用意しなくても大丈夫ですか？」 got the
    # invoice form with 「品名: 出荷」
    said = "有機JASの煎茶を台湾に送ります。毎回、書類を用意しなくても平気ですか？"
    assert intent_of(said.lower(), []) == "regulation"
    assert (
        intent_of("有機JASがあれば、毎回特に書類を準備しなくてもいいですか？", []) == "regulation"
    )
    # ... while a request to make one still is one
    assert intent_of("台湾向けのインボイスを作ってください。", []) == "documents"


def test_a_ban_is_said_to_be_there_not_to_be_required() -> None:
    # test46 t004: 「香港では、条件により…の輸入禁止(2023年8月24日〜)が必要です」
    title = "九州産の牛肉の輸入停止（2024年1月〜）"
    key, text = _ja_predicate("card_conditional", title)
    said = t("ja", key, where="台湾では", title=text)
    assert said == "台湾では、九州産の牛肉の輸入停止（2024年1月〜）に当たる場合があります。"
    key, text = _ja_predicate("card", "中古タイヤの商業輸入禁止")
    assert t("ja", key, where="タイでは", title=text).endswith("輸入禁止があります。")
    # a requirement still is one
    key, _ = _ja_predicate("card", "輸入許可")
    assert key == "card"


def test_a_count_with_its_unit_names_no_goods_and_the_goods_said_before_are_classified() -> None:
    # test46 t012 "…has ordered 200 boxed sets" classified musical boxes; escalation_dev44 d010
    # "…has ordered 500 sheets" zinc sheets
    said = (
        "We dye hand-made indigo furoshiki cloths in Tokushima. A gift shop in Lyon has ordered "
        "300 gift-boxed pieces. What 6-digit HS code goes on the invoice?"
    )
    assert "indigo furoshiki" in hs_product(said)
    said = (
        "Our mill makes kozo paper in Tosa. A print studio in Ohio has ordered 800 sheets. HS code?"
    )
    assert "kozo paper" in hs_product(said)


def test_japanese_card_games_and_hand_made_washi_have_the_nomenclatures_words() -> None:
    assert "playing cards" in english_terms("百人一首のかるた")
    assert "playing cards" in seller_terms("Boxed karuta sets")
    assert "hand-made paper" in english_terms("手漉き和紙の便せん")
    # ... while "washi" in English is what goods are made of as often as the goods
    assert "paper" not in seller_terms("washi paper christmas ornaments")


def test_words_of_how_long_and_how_completely_are_no_topic() -> None:
    # test46 t015 「長年取引している…一切輸出できなくなった」 was handed off on 長年取引 and 一切輸出
    assert frame_compound("長年取引")
    assert frame_compound("一切輸出")
    assert not frame_compound("輸出許可")


def test_renting_premises_and_a_partner_going_under_are_advice_not_rules() -> None:
    # escalation_dev44 d019 (a landlord refusing to renew) got Korea's food registration, d017
    # (stock on consignment when the agent goes under) Australia's electrical safety
    assert asks_advice(
        "台北で倉庫を借りる予定です。家主が途中で家賃を上げることは法律で認められていますか？"
    )
    assert asks_advice("what happens to our stock if the importer in toronto goes bankrupt?")
    assert asks_advice("バンコクの取引先がつぶれたら、売掛金はどうなりますか？")
    # ... and goods that arrived broken are a claim
    assert asks_advice("シンガポールに送ったグラスが割れて届いたそうです。どうすれば？")
    # a box that must not be crushed, and a customs guarantee, stay rules
    assert not asks_advice("カルネの担保はいくら必要ですか？")
    assert not asks_advice("輸入禁止の対象になる県はどこですか？")


def test_the_net_and_what_to_prepare_are_covered_by_the_corpus_words_for_them() -> None:
    # test46 t010 「ネットで申請したいのですが、最初に何を用意すれば」 was handed off on both
    assert "オンライン" in _forms("ネット", None)
    assert "必要" in _forms("用意", None)


def _origin_doc(doc_id: str, title: str) -> DocScore:
    doc = DocProfile(doc_id, title, "JP", "ja", ["origin"], [])
    return DocScore(doc)


def test_a_certificate_said_not_to_be_for_a_lower_duty_is_the_general_one() -> None:
    # test46 t009 「関税を下げるためのEPAの証明書ではなく、日本製だと示す普通の証明でいい」 led with
    # the chamber's EPA certificate and missed 貿易登録
    covered = frozenset({"MY", "TH", "JP"})
    earlier = ["バンコクの問屋に漆器を出します。書類で気をつけることは？"]
    said = (
        "特恵のための証明書じゃなくて、日本で作ったと示す原産地証明でいいそうです。何から始めれば？"
    )
    q = resolve_history(earlier, said, covered)
    assert not preference_claimed(q)
    docs = [
        _origin_doc("jp-epa", "EPA特恵関税のための第一種特定原産地証明書"),
        _origin_doc("jp-general", "Non-preferential certificates of origin from chambers"),
    ]
    assert [d.doc.doc_id for d in for_origin(q, docs, set(), [])] == ["jp-general"]
    # a market's customs document naming its agreements stays, and "prepackaged" names no EPA
    market = DocScore(
        DocProfile("th-customs", "Thai customs, preferential origin", "TH", "en", [], [])
    )
    labels = _origin_doc("jp-labels", "Labels of prepackaged food")
    kept = for_origin(q, [*docs, market, labels], set(), [])
    assert [d.doc.doc_id for d in kept] == ["jp-general", "th-customs", "jp-labels"]
    # ... while one that wants the lower duty still reads the agreement's proof first
    wants = resolve_history(earlier, "日タイEPAで関税を下げたいそうです。原産地の証明は？", covered)
    assert preference_claimed(wants)
    assert [d.doc.doc_id for d in for_origin(wants, docs, set(), [])] == ["jp-epa"]


def test_a_titles_note_is_said_in_brackets_not_as_what_is_required() -> None:
    # 「条件により一般原産地証明書(商工会議所発給)※輸入国・L/C・取引先が求める場合が必要です」
    key, text = _ja_predicate("card_conditional", "衛生証明書※輸入国が求める場合")
    said = t("ja", key, where="日本側では", title=text)
    assert said == "日本側では、条件により衛生証明書（輸入国が求める場合）が必要です。"


def test_rice_given_as_a_present_reads_the_personal_use_exemption() -> None:
    # escalation_dev44 d013 (コシヒカリ as a gift in a suitcase, 「売り物ではない」) got Korea's
    # facility registration, not the exemption for personal use
    assert "個人的な使用" in corpus_words("親戚へのお米を手土産にして、売り物ではありません")
    assert "personal use" in corpus_words("we take some tea as a present for our host")
    # a souvenir shop sold to is a sale
    assert "個人的な使用" not in corpus_words("空港のお土産屋さんにせんべいを卸します")


def test_a_buyers_ties_to_the_military_are_the_catch_all_controls() -> None:
    # test46 t018 「取引先が軍事に関わっていないか確認する…オーストラリア向けでも」 got biosecurity
    assert "export_control" in asked_topics("相手の会社が軍と関係していないか調べるべきですか")
    assert "export_control" in asked_topics("must we check the buyer has no ties to the military?")


def test_hens_eggs_carry_the_nomenclatures_words_not_the_other_than_hens_subheading() -> None:
    # "fresh hens eggs in shell" reached 0407.29 ("other than … (domestic hens)") on "hens"
    assert "gallus" in seller_terms("Fresh hens' eggs in shell from Ibaraki")
    assert "gallus" in seller_terms("brown chicken eggs")


def test_a_ware_made_into_plates_is_the_plates_and_touches_food() -> None:
    # s50 user trial: 「有田焼の磁器の皿」 for Italy got a checklist titled 「有田焼の磁器」 without the
    # food-contact card (the ceramics' lead and cadmium limits); 「…磁器の小皿」 was titled
    # 「…の磁器 磁器の小皿」
    covered = frozenset({"IT", "EU", "JP"})
    q = understand("波佐見焼の陶器の皿をミラノの店に出すチェックリストをください。", covered)
    assert q.phrase == "波佐見焼の陶器の皿" and "food_contact" in q.conditions
    q = understand("砥部焼の磁器の小皿をイタリアへ輸出します。", covered)
    assert q.phrase == "砥部焼の磁器の小皿"
    # an ashtray and a noodle dish are no plates
    assert "food_contact" not in understand("陶器の灰皿をイタリアに出します。", covered).conditions
    assert (
        "food_contact" not in understand("皿うどんの麺をイタリアに出します。", covered).conditions
    )
