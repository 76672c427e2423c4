"""Woods, seaweed and live goods (session 58, tuning test54 t012 and t013, escalation_dev52 d010). The nomenclature reads bamboo
as a wood ("of wood; of bamboo, chopsticks", 4419.12), so hinoki chopsticks met the bamboo
ones first; a temperate wood is no tropical one (4419.20); 「熱帯材でも竹でもない木材」 denies
both before the noun; dried kombu named in English is edible seaweed, not soup; goods said to
travel alive have their form said, so no question asks whether they are dried or frozen."""

from __future__ import annotations

from export_assist.compliance.hs.material_siblings import named_wood
from export_assist.compliance.hs.negation import drop_negated, negated
from export_assist.compliance.hs.product import from_text
from export_assist.compliance.hs.question import clarifying_question
from export_assist.compliance.hs.table import packaged_table
from tests.compliance.hs_words_only import codes, words_only_suggester

BAMBOO = "Tableware and kitchenware, of wood; of bamboo, chopsticks"
TROPICAL = "Tableware and kitchenware, of wood; of tropical wood"
OTHER = "Tableware and kitchenware, of wood; not of bamboo or tropical wood"


def test_chopsticks_of_a_named_wood_are_not_of_bamboo() -> None:
    assert codes("杉の割り箸", 1) == ["441990"]
    assert codes("桧のお箸", 1) == ["441990"]
    # ... and bamboo ones stay bamboo
    assert codes("竹の箸", 1) == ["441912"]
    assert codes("bamboo chopsticks", 1) == ["441912"]


def test_a_temperate_wood_puts_the_tropical_sibling_after_the_rest() -> None:
    assert named_wood([BAMBOO, TROPICAL, OTHER], "ヒノキのまな板") == [1.0, 1.0, 0.0]
    frames = ["Wooden frames; of tropical wood", "Wooden frames; not of tropical wood"]
    assert named_wood([*frames, "Boards other than of tropical wood"], "ひのき材の写真立て") == [
        1.0,
        0.0,
        0.0,
    ]
    # wood with no species named: only bamboo is ruled out
    assert named_wood([BAMBOO, TROPICAL, OTHER], "木製のトレー") == [1.0, 0.0, 0.0]
    # bamboo named beside wood, or no wood at all: nothing moves
    assert named_wood([BAMBOO, TROPICAL, OTHER], "竹と木材の箸") == [0.0, 0.0, 0.0]
    assert named_wood([BAMBOO, TROPICAL, OTHER], "ステンレスのトング") == [0.0, 0.0, 0.0]


def test_a_chain_of_denials_before_its_noun_is_denied_and_the_noun_kept() -> None:
    text = "国産の桧（熱帯材でも竹でもない木材）で作った箸"
    assert negated(text) == ["熱帯材でも竹でもない"]
    assert "木材" in drop_negated(text) and "竹" not in drop_negated(text)
    assert "bamboo" in from_text(text).not_materials


def test_goods_with_no_denial_deny_nothing() -> None:
    assert negated("漆塗りの木製トレー") == []


def test_kombu_named_in_english_is_edible_seaweed() -> None:
    assert codes("dried kombu", 1) == ["121221"]
    assert codes("dried kombu cut into strips, used by restaurants for soup stock", 1) == ["121221"]


def test_goods_said_to_travel_alive_are_not_asked_their_form() -> None:
    live = from_text("マナマコ 生きたまま")
    found = words_only_suggester().suggest_product(live, 5)
    assert found[0].code == "030811"
    assert clarifying_question(live, found, packaged_table()) is None
    # no state said: the form is asked
    bare = from_text("なまこ")
    asked = clarifying_question(
        bare, words_only_suggester().suggest_product(bare, 5), packaged_table()
    )
    assert asked is not None and asked.attribute == "form"
