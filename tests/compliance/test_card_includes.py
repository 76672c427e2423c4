"""A specific card that includes a general one (one filing, e.g. SFA's TradeNet permit for
food is the customs TradeNet permit) is listed once, citing both cards' evidence (s17)."""

from __future__ import annotations

from pathlib import Path

from export_assist.compliance.card_merge import merged
from export_assist.compliance.checklist import ChecklistService
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.profile import ProfileBuilder
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.container import Container
from tests.compliance.shipped_cards import applicable, profile_builder, shipped_library

CARDS = """
- id: t-general-permit
  markets: [EU]
  topic: customs
  title: Producer registration in the member state register
  requirement: A producer who first makes goods available registers in the member state.
  documents: [Commercial invoice, Packing list]
  documents_ja: [商業インボイス, パッキングリスト]
  severity: mandatory
  evidence: [t-eu-batteries]
- id: t-food-permit
  markets: [EU]
  topic: customs
  title: Food labelling facts on the import declaration of food
  requirement: The food import declaration is the customs declaration, with food details.
  applies_to: {categories: [food]}
  documents: [Commercial invoice, Product codes]
  documents_ja: [商業インボイス, 製品コード]
  severity: mandatory
  evidence: [t-eu-food-labelling]
  includes: [t-general-permit]
"""


def _service(c: Container, folder: Path) -> ChecklistService:
    (folder / "cards.yaml").write_text(CARDS, encoding="utf-8")
    return ChecklistService(CardLibrary([folder]), c.evidence_finder, c.searcher, ProfileBuilder())


def test_a_card_that_includes_another_is_listed_once_citing_both(
    compliance_container: Container, tmp_path: Path
) -> None:
    service = _service(compliance_container, tmp_path)
    (food,) = service.build(ChecklistRequest(product="matcha", destinations=["DE"]))
    ids = food.requirement_ids
    assert "t-food-permit" in ids and "t-general-permit" not in ids
    item = next(i for i in food.items if i.requirement_id == "t-food-permit")
    assert item.includes == ["t-general-permit"]
    cited = {c.doc_id for c in item.citations}
    assert cited == {"t-eu-food-labelling", "t-eu-batteries"}
    assert item.documents == ["Commercial invoice", "Product codes", "Packing list"]
    assert item.documents_ja == ["商業インボイス", "製品コード", "パッキングリスト"]
    assert service.requirements("matcha", None, "DE").count("t-general-permit") == 0
    # a product the specific card does not apply to keeps the general card
    (other,) = service.build(ChecklistRequest(product="wooden chair", destinations=["DE"]))
    assert "t-general-permit" in other.requirement_ids
    assert "t-food-permit" not in other.requirement_ids


def test_singapore_lists_one_tradenet_permit_for_food() -> None:
    builder, library = profile_builder(), shipped_library()
    ids = applicable(builder, library, "緑茶 ティーバッグ", "SG")
    assert {"sg-sfa-import-permit-tradenet", "sg-customs-permit-tradenet"} <= ids
    cards = [c for c in library.for_markets(["SG"]) if c.id in ids]
    listed = {c.id: [o.id for o in also] for c, also in merged(cards)}
    assert listed["sg-sfa-import-permit-tradenet"] == ["sg-customs-permit-tradenet"]
    assert "sg-customs-permit-tradenet" not in listed
    # goods that are not food keep the customs permit
    assert "sg-customs-permit-tradenet" in applicable(builder, library, "木製の椅子", "SG")
