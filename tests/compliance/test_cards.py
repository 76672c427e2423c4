"""Requirement cards: schema validation with file and line, duplicates, evidence ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from export_assist.compliance.cards import card_files, check_evidence, load_card_text, load_cards
from export_assist.compliance.corpus_meta import scan_corpus
from export_assist.domain.compliance import ProductProfile, RequirementCard, card_applies
from export_assist.errors import InvalidInput
from tests.conftest import REPO_ROOT

DATA = Path(__file__).resolve().parent / "data"


def test_fixture_cards_are_valid_and_point_at_documents() -> None:
    cards = load_cards(card_files(DATA / "cards"))
    assert cards.problems == []
    assert {"t-eu-fic-labelling", "t-jp-fefta-list-control", "t-us-fda-ffr"} <= set(cards.by_id())
    docs, problems = scan_corpus(DATA / "corpus")
    assert problems == []
    missing = check_evidence(cards, {d.meta.id for d in docs})
    assert [str(p).split(": ", 1)[1] for p in missing] == [
        "card 't-eu-no-passage': evidence 't-missing-document' is not a corpus document"
    ]
    assert missing[0].path.endswith("eu.yaml") and missing[0].line == 69


def test_broken_cards_name_file_and_line() -> None:
    path = DATA / "broken_cards" / "bad.yaml"
    cards = load_cards([path])
    assert [c.id for c in cards.cards] == ["t-good"]
    lines = [str(p) for p in cards.problems]
    assert f"{path}:11: card 't-bad': topic:" in lines[0] and "labeling" in lines[0]
    assert any(f"{path}:15: card 't-bad': applies_to.conditions" in x for x in lines)
    assert any(f"{path}:16: card 't-bad': severity" in x for x in lines)
    assert any("duplicate card id 't-good' (first at" in x and ":19:" in x for x in lines)
    with pytest.raises(InvalidInput) as info:
        cards.raise_for_problems()
    assert "problem(s) in requirement cards" in info.value.message


def test_yaml_syntax_error_has_a_line() -> None:
    cards = load_card_text("- id: a\n  markets: [EU\n  topic: x\n", "cards/x.yaml")
    assert len(cards.problems) == 1
    assert cards.problems[0].path == "cards/x.yaml" and cards.problems[0].line >= 2
    assert "not valid YAML" in cards.problems[0].message


def test_a_file_that_is_not_a_list_is_refused() -> None:
    cards = load_card_text("id: a\ntitle: b\n", "cards/y.yaml")
    assert str(cards.problems[0]) == "cards/y.yaml:1: a card file must be a YAML list of cards"


def test_uk_is_normalised_and_hs_prefixes_are_text() -> None:
    text = (
        "- id: t-x\n  markets: [uk]\n  topic: customs\n  title: T\n  requirement: R\n"
        "  severity: recommended\n  applies_to: {hs_prefixes: [8518, '0902.10']}\n"
    )
    card = load_card_text(text, "x.yaml").cards[0]
    assert card.markets == ["GB"]
    assert card.applies_to.hs_prefixes == ["8518", "090210"]


def test_cards_carry_sources_verified_on_and_status() -> None:
    text = (
        "- id: t-fresh\n  markets: [CN]\n  topic: registration\n  title: T\n  requirement: R\n"
        "  severity: mandatory\n  sources: https://www.customs.gov.cn/customs/302249/index.html\n"
        "  verified_on: 2026-11-29\n  status: needs_review\n  review_notes: catalogue not seen\n"
    )
    card = load_card_text(text, "x.yaml").cards[0]
    assert card.sources == ["https://www.customs.gov.cn/customs/302249/index.html"]
    assert card.verified_on is not None and card.verified_on.isoformat() == "2026-11-29"
    assert (card.status, card.review_notes) == ("needs_review", "catalogue not seen")
    plain = load_card_text(text.split("  sources:")[0], "y.yaml").cards[0]
    assert (plain.sources, plain.verified_on, plain.status) == ([], None, "verified")


def test_card_sources_must_be_https_and_status_known() -> None:
    text = (
        "- id: t-old\n  markets: [CN]\n  topic: registration\n  title: T\n  requirement: R\n"
        "  severity: mandatory\n  sources: [http://www.customs.gov.cn/]\n  status: checked\n"
    )
    cards = load_card_text(text, "z.yaml")
    messages = " ".join(str(p) for p in cards.problems)
    assert cards.cards == []
    assert "sources" in messages and "https" in messages
    assert "status" in messages


def test_japanese_documents_must_match_the_documents_one_to_one() -> None:
    text = (
        "- id: t-ja\n  markets: [DE]\n  topic: registration\n  title: T\n  requirement: R\n"
        "  severity: mandatory\n  documents: [Brand list, LUCID registration number]\n"
        "  authority_ja: 包装登録中央機関(ZSVR)\n  documents_ja: [ブランド一覧]\n"
    )
    cards = load_card_text(text, "cards/de.yaml")
    assert cards.cards == []
    [problem] = cards.problems
    assert (problem.path, problem.line) == ("cards/de.yaml", 9)
    assert "documents_ja has 1 name(s) but documents has 2" in problem.message
    fixed = text.replace("[ブランド一覧]", "[ブランド一覧, LUCID登録番号]")
    card = load_card_text(fixed, "cards/de.yaml").cards[0]
    assert (card.authority_ja, card.documents_ja) == (
        "包装登録中央機関(ZSVR)",
        ["ブランド一覧", "LUCID登録番号"],
    )


def test_every_shipped_card_reads_in_japanese() -> None:
    """Japanese users see each card's authority, documents, requirement, lead time and legal
    basis in Japanese."""
    cards = load_cards(card_files(REPO_ROOT / "regulations" / "cards"))
    assert cards.problems == [] and len(cards.cards) > 200
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    missing = [
        c.id
        for c in cards.cards
        if (c.authority and not japanese.search(c.authority_ja))
        or len(c.documents_ja) != len(c.documents)
        or (c.documents and not any(japanese.search(d) for d in c.documents_ja))
        or not japanese.search(c.requirement_ja)
        or (c.lead_time and not japanese.search(c.lead_time_ja))
        or (c.legal_basis and not japanese.search(c.legal_basis_ja))
    ]
    assert missing == []
    # an unquoted comma inside brackets splits one document into two list items
    split = [d for c in cards.cards for d in c.documents if d.count("(") != d.count(")")]
    assert split == []


def _one_card(applies_to: str) -> RequirementCard:
    text = (
        "- id: t-food-licence\n  markets: [CA]\n  topic: licensing\n  title: T\n  requirement: R\n"
        f"  severity: mandatory\n  applies_to: {applies_to}\n"
    )
    cards = load_card_text(text, "cards/t.yaml")
    assert cards.problems == []
    return cards.cards[0]


def test_an_excepted_category_keeps_a_card_off_the_product() -> None:
    card = _one_card("{categories: [food, beverages], except_categories: [alcohol]}")
    sake = ProductProfile(hs_code="220600", categories=["beverages", "alcohol"])
    tea = ProductProfile(hs_code="090210", categories=["tea", "food"])
    assert not card_applies(card, ["CA"], sake)
    assert card_applies(card, ["CA"], tea)
    bad = load_card_text(
        "- id: t-x\n  markets: [CA]\n  topic: licensing\n  title: T\n  requirement: R\n"
        "  severity: mandatory\n  applies_to: {except_categories: [liquor]}\n",
        "cards/t.yaml",
    )
    assert "except_categories" in str(bad.problems[0]) and "liquor" in str(bad.problems[0])


def test_canadian_sake_gets_the_liquor_board_card_not_the_food_licence() -> None:
    # SFCR ss. 5(2), 11(2)(b) and G/LIC/N/3/CAN/22: no SFC import licence for drinks over 0.5 %
    # alcohol; the Importation of Intoxicating Liquors Act s. 3(1) routes them to the province.
    cards = load_cards(card_files(REPO_ROOT / "regulations" / "cards")).by_id()
    sfc, liquor = cards["ca-sfc-licence-importer"], cards["ca-liquor-provincial-board-import"]
    sake = ProductProfile(
        hs_code="220600", categories=["beverages", "alcohol"], conditions=["contains_alcohol"]
    )
    tea = ProductProfile(hs_code="090210", categories=["tea", "food"])
    assert not card_applies(sfc, ["CA"], sake) and card_applies(liquor, ["CA"], sake)
    assert card_applies(sfc, ["CA"], tea) and not card_applies(liquor, ["CA"], tea)
