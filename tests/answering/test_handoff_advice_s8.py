"""Kinds of advice no regulation text gives, found in session 8's probes of covered markets:
being sued, company formation and local staff, a retail shop, an exclusive agency contract,
sales channels, trademarks and counterfeits, and which warehouse is cheapest. Regulation
questions that share a word with them stay regulation questions."""

from __future__ import annotations

import pytest

from export_assist.answering.handoff import advice, advice_kinds
from export_assist.answering.understand import understand

COVERED = frozenset({"US", "TW", "DE", "SG", "TH", "VN", "CA", "GB", "CN"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("アメリカの輸入者から訴えられました。どう対応すればいいですか？", "disputes"),
        ("Our US importer sued us over a late delivery. What now?", "disputes"),
        ("タイに現地法人を設立する手続きを教えて", "company_setup"),
        ("How do we hire a local sales representative in Germany?", "local_business"),
        ("What licence do I need to open a retail shop selling tea in Bangkok?", "local_business"),
        ("ベトナムで現地スタッフを雇うときの労働契約のルールは？", "local_business"),
        ("ベトナムの代理店と独占契約を結ぶべきですか？", "contracts"),
        ("Should we sell directly or through a distributor in Canada?", "strategy"),
        ("イギリスで日本酒を売るならどの販路がいい？", "strategy"),
        ("ドイツで商標登録するにはどうすればいいですか？", "ip"),
        ("中国で模倣品が出回った時の対策は？", "ip"),
        ("シンガポールの物流倉庫はどこが安い？おすすめの業者を教えて", "providers"),
        ("ニューヨークで日本食のお店を出したい。連れて行くスタッフのビザは？", "visas"),
        ("Roughly what would product liability insurance cost us in the US?", "costs"),
    ],
)
def test_advice_is_named_by_its_kind(text: str, kind: str) -> None:
    q = understand(text, COVERED)
    assert q.advice and kind in advice_kinds(q), (text, advice_kinds(q))
    assert q.intent != "buyers"
    assert "アドバイザー" in advice(q) or "advisor" in advice(q)


@pytest.mark.parametrize(
    "text",
    [
        "シンガポールに現地法人がなくても食品を輸入できますか？",
        "Does the importer of record need a US subsidiary?",
        "Which documents does the importer need for customs clearance in Canada?",
        "Find a distributor for our green tea in Germany",
        "化粧品の広告で言ってはいけない表現は台湾で決まっていますか？",
        "Do labels in the US have to show the trademark owner?",
    ],
)
def test_regulation_questions_are_not_advice(text: str) -> None:
    assert not understand(text, COVERED).advice, (text, advice_kinds(understand(text, COVERED)))


def test_a_rate_in_a_future_year_is_a_forecast() -> None:
    # "2028" may sit in a quoted line about something else (the EU's customs data hub):
    # the rate then is still a forecast
    for text in (
        "2035年にEUの緑茶の関税はどうなりますか？",
        "What will the US duty on tea be in 2035?",
    ):
        q = understand(text, COVERED)
        assert q.advice and advice_kinds(q) == ["forecasts"], text
        assert "将来の見通し" in advice(q) or "forecasts" in advice(q)
    for text in (
        "2035年から適用されるEUの包装規則は？",  # a rule in force from a year: no rate
        "What is the EU duty on green tea?",
        "2019年発効の日EU・EPAで緑茶の関税は？",  # a past year
    ):
        assert not understand(text, COVERED).advice, text


def test_pet_food_and_used_clothing_are_product_families_the_corpus_may_lack() -> None:
    # trial U1 (pet food answered with sake rules) and U9 (used clothing for the Philippines)
    pet = understand(
        "ペットフード（ドライタイプ、チキン原料）をアメリカに輸出できますか？", COVERED
    )
    assert pet.families == ["pet_food"]
    assert understand("Can we ship dog food to Canada?", COVERED).families == ["pet_food"]
    assert understand("中古の衣類をフィリピンに輸出できますか？", COVERED).families == [
        "used_clothing"
    ]
    assert understand("鶏肉の加工品をアメリカに輸出できますか？", COVERED).families == []
