"""Everyday wording is no reason to hand off, and the out-of-coverage side stays precise
(issue 9 item 4): colloquial frame words and everyday words the corpus says in its own
terms count as covered; every country's demonym names its market; a price to set is advice."""

from __future__ import annotations

import pytest

from export_assist.agent.intent import IntentDetector
from export_assist.answering.coverage import content_terms, coverage
from export_assist.answering.demonyms import derived_demonyms
from export_assist.answering.evidence_text import Evidence
from export_assist.answering.handoff import advice_kinds
from export_assist.answering.places import find_places, market_name
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "GB", "DE", "CA", "EU"})


def test_colloquial_frame_words_are_no_topic() -> None:
    terms = content_terms("ロシアにある日本料理店から包丁を注文された。今って送っても大丈夫なの？")
    assert terms == ["包丁"]
    english = content_terms(
        "We're sending frozen fish cakes to an importer in London. Is there some advance "
        "notice the UK side has to file?"
    )
    assert "fish cakes" in english and "advance notice" in english  # each one term
    assert not {"side", "cakes", "advance", "notice"} & set(english)


def test_everyday_words_are_covered_by_the_corpus_words_for_them() -> None:
    textile_label = Evidence(["Textile fiber products must carry a label with fiber content."])
    found = coverage("アメリカで甚平を売る。服のタグって何を書けばいいの？", textile_label, None)
    assert found.missing == [] and found.share == 1.0  # 甚平 is textiles, タグ a label
    notice = Evidence(["FDA prior notice must be submitted before the food arrives."])
    asked = "アメリカにおせんべいを船で送る予定。向こうに着く前にFDAに何か連絡しておかないといけないって本当？"
    assert coverage(asked, notice, None).missing == []
    english = Evidence(
        ["Importers pre-notify imports of animal products in IPAFFS (prior notice)."]
    )
    assert coverage("Is there some advance notice?", english, None).missing == []


def test_an_unrelated_topic_still_misses() -> None:
    label = Evidence(["Prepacked food must carry an English label."])
    found = coverage("ドイツのお客さんが包丁で怪我をした。慰謝料はいくら？", label, None)
    assert {"怪我", "慰謝料"} <= set(found.missing)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("an inquiry from a Tunisian importer", "TN"),
        ("a Ugandan trading house", "UG"),
        ("Senegalese restaurants", "SN"),
        ("a Lebanese grocer", "LB"),
        ("a Bahraini hotel", "BH"),
        ("our Norwegian buyer", "NO"),  # the table's NO is a string, not YAML's false
        ("a German importer", "DE"),
    ],
)
def test_every_countrys_demonym_names_it(text: str, code: str) -> None:
    assert [m.code for m in find_places(text) if m.kind == "demonym"] == [code]


def test_derived_demonyms_are_proper_adjectives_only() -> None:
    assert derived_demonyms()["Tunisian"] == "TN" and "Dominican" not in derived_demonyms()
    assert find_places("a tunisian importer") == []  # lower case is no name
    q = understand("What checks apply at Tunisian customs for ceramic tableware?", COVERED)
    assert q.unsupported == ["TN"] and not q.destinations


def test_a_market_without_an_everyday_pycountry_name_is_named_in_japanese() -> None:
    assert market_name("VE", "ja") == "ベネズエラ"


def test_a_price_to_set_is_advice() -> None:
    q = understand("ロンドンで抹茶を売るなら、いくらくらいの値段にすれば売れる？", COVERED)
    assert q.advice and "pricing" in advice_kinds(q)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "ドイツのお客さんが、うちの包丁で怪我をしたって言ってる。慰謝料いくら払えばいい？",
            "disputes",
        ),
        ("おすすめの通関業者を紹介して", "providers"),
        ("Can you recommend a freight forwarder for Busan?", "providers"),
    ],
)
def test_claims_and_provider_recommendations_are_advice(text: str, kind: str) -> None:
    q = understand(text, COVERED)
    assert q.advice and kind in advice_kinds(q) and q.intent != "buyers"


@pytest.mark.parametrize(
    "text",
    ["台湾で日本酒を扱う輸入業者を紹介してください", "韓国で緑茶を扱う輸入業者を教えてほしい"],
)
def test_an_importer_or_wholesaler_asked_for_is_a_buyer_request(text: str) -> None:
    # s11 trial X1: 「輸入業者を紹介」 met the providers word 「業者を紹介」 and was handed off
    q = understand(text, COVERED)
    assert q.intent == "buyers" and "providers" not in advice_kinds(q)
    assert "providers" in advice_kinds(understand("おすすめの運送業者を紹介して", COVERED))


def test_a_forwarders_instruction_is_still_a_question() -> None:
    asked = "木のパレットに載せて送るんだけど、フォワーダーに『処理済みのやつにして』って言われた。何のこと？"
    assert not understand(asked, COVERED).advice


def test_a_named_list_is_no_buyer_request() -> None:
    q = understand(
        "経産省の『外国ユーザーリスト』って何？取引先が載ってたらもう売れないの？", COVERED
    )
    assert q.intent != "buyers"
    assert understand("ドイツで抹茶の取引先をリストにして", COVERED).intent == "buyers"


def test_public_help_with_a_trade_fair_is_a_programme_question() -> None:
    detector = IntentDetector(None)
    asked = "来年、海外の展示会に初めて出てみたい。出展を手伝ってくれる公的な制度ってある？"
    assert detector.detect(asked) == "programmes"
