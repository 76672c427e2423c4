"""Session 19 (answers): a list of goods that names the product's own kind first is about
it, whatever narrow goods it adds (野菜・果物・乳製品 for fruit); a prefecture the user
stated earlier in the conversation singles out the rule that names it; the market bonus
is one named constant that the checklist summary shares."""

from __future__ import annotations

from export_assist.answering import cardpick, goods, overview
from export_assist.answering.cardpick import pick_cards, singled_out
from export_assist.answering.catalog import DocProfile
from export_assist.answering.followup import resolve_history
from export_assist.answering.rerank import DocScore
from export_assist.answering.understand import understand
from export_assist.compliance.library import CardLibrary
from tests.conftest import REPO_ROOT

COVERED = frozenset("US EU DE FR GB NL CN KR TW HK SG VN AU JP IN TH INTL".split())
CARDS = CardLibrary([REPO_ROOT / "regulations" / "cards"])


def _docs(*ranked: tuple[str, str, float]) -> list[DocScore]:
    return [DocScore(DocProfile(d, d, country, "ja", [], []), score=s) for d, country, s in ranked]


def test_a_list_naming_the_product_kind_first_speaks_to_it() -> None:
    fruit = goods.wanted(["food"], "もも", [])
    assert not goods.other_kind("野菜・果物・乳製品等の出荷制限が続く県があります。", "", fruit)
    assert not goods.other_kind("Vegetables, fruit and milk from the area need a test.", "", fruit)
    # the narrow goods first is still their rule, and a kind word alone names no goods
    assert goods.other_kind("乳・乳製品、食肉の処理施設は登録が要ります。", "", fruit)
    assert goods.other_kind(
        "食品・酒類の輸入には許可が要ります。", "", goods.wanted(["tea"], "煎茶", [])
    )


def test_a_prefecture_stated_earlier_singles_out_its_rule() -> None:
    first = "群馬の農園で育てたももを、香港の青果店に卸すことになりました。"
    q = resolve_history([first], "必要な書類はありますか？", COVERED).with_(categories=["food"])
    assert "群馬" in singled_out(q, product=False)
    docs = _docs(("hk-food-import-cfs", "HK", 4.0), ("hk-food-labelling", "HK", 3.6))
    picked = pick_cards(CARDS.cards, q, ["HK", "INTL"], q.text, docs, wanted=frozenset({"food"}))
    assert picked and picked[0].id == "hk-japan-produce-fukushima-restrictions"
    # no prefecture said: not singled out
    plain = understand("香港の青果店にももを卸したい。必要な書類はありますか？", COVERED)
    assert not singled_out(plain, product=False)


def test_the_market_bonus_is_one_constant() -> None:
    assert overview.MARKET_BONUS is cardpick.MARKET_BONUS
    card = CARDS.current().by_id()["hk-food-importer-registration"]
    q = understand("香港に焼き菓子を卸したい", COVERED)
    with_market = cardpick.score_card(card, q, "", {})
    without = cardpick.score_card(card, q.with_(destinations=[]), "", {})
    assert round(with_market - without, 6) == cardpick.MARKET_BONUS
