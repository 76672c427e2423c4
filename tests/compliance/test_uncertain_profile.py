"""A profile whose evidence is split asks the user: the checklist says so in both
languages, and the chat tool asks the question instead of listing a guess (issue 15)."""

from __future__ import annotations

from export_assist.agent.tools.compliance import BuildChecklist, ChecklistArgs
from export_assist.agent.turn import TurnContext
from export_assist.auth.principal import Principal
from export_assist.compliance.checklist import ChecklistService
from export_assist.compliance.profile import ProfileBuilder
from export_assist.compliance.schemas import ChecklistRequest
from export_assist.container import Container
from tests.compliance.profile_fakes import Codes, Nearest


def _service(c: Container) -> ChecklistService:
    # the examples say tableware; the keyword "rice" and the HS codes (rice, 1006) say food
    split = ProfileBuilder(Nearest("rice bowl"), hs_guesser=Codes("100630", 0.75))
    return ChecklistService(c.card_library, c.evidence_finder, c.searcher, split)


def test_the_checklist_of_an_uncertain_product_warns_and_carries_the_question(
    compliance_container: Container,
) -> None:
    request = ChecklistRequest(product="Rice serving piece", destinations=["DE"])
    (checklist,) = _service(compliance_container).build(request)
    assert checklist.product.uncertain == ["category"]
    question = checklist.product.question
    assert question is not None and {"food", "household"} <= set(question.options)
    assert any("uncertain" in w and question.en in w for w in checklist.warnings)
    assert any("製品の種類が確定できません" in w for w in checklist.warnings_ja)
    dumped = checklist.model_dump(mode="json")  # what POST /v1/checklists returns
    assert dumped["product"]["question"]["ja"] == question.ja


def test_the_chat_tool_asks_instead_of_listing_a_guess(compliance_container: Container) -> None:
    tool = BuildChecklist(_service(compliance_container))
    who = Principal(key_id="k1", role="exporter", tenant="acme", subject="alice")
    ctx = TurnContext(who, "c1", language="ja")
    result = tool(ctx, ChecklistArgs(product="Rice serving piece", destinations=["DE"]))
    assert result.text.startswith("製品の種類を確認させてください")
    assert result.claims == []  # no review draft of a guess
    assert result.payload is not None and result.payload.data["question"] == result.text
    sure = tool(ctx, ChecklistArgs(product="電気ケトル", destinations=["DE"]))
    assert sure.claims and "question" not in sure.payload.data  # type: ignore[union-attr]


def test_a_market_without_its_own_cards_is_said_to_be_incomplete(
    compliance_container: Container,
) -> None:
    """s10 trial: `checklist --to メキシコ` (and POST /v1/checklists, MCP build_checklist) listed
    the Japan-side and cross-cutting items with no warning, as if Mexico had no import rules:
    the cards for every market always matched, so the 'no cards' warning never fired."""
    service = compliance_container.checklists
    (mexico,) = service.build(ChecklistRequest(product="緑茶", destinations=["MX"]))
    assert any("この仕向地の要件カードはまだありません" in w for w in mexico.warnings_ja)
    assert any("import rules" in w for w in mexico.warnings)
    (germany,) = service.build(ChecklistRequest(product="緑茶", destinations=["DE"]))
    assert not any("要件カードはまだありません" in w for w in germany.warnings_ja)
