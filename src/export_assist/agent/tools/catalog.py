"""Which tools a deployment offers: one per service it was given, search always."""

from __future__ import annotations

from dataclasses import dataclass

from export_assist.agent.tools.answer import answer_tool
from export_assist.agent.tools.compliance import checklist_tool, hs_tool
from export_assist.agent.tools.documents import documents_tool
from export_assist.agent.tools.duties import duty_tool
from export_assist.agent.tools.matching import shortlist_tool
from export_assist.agent.tools.programmes import programmes_tool
from export_assist.agent.tools.registry import Tool, ToolRegistry
from export_assist.agent.tools.search import search_tool
from export_assist.agent.tools.translation import translate_tool
from export_assist.answering.engine import AnswerEngine
from export_assist.compliance.checklist import ChecklistService
from export_assist.compliance.hs.suggest import HsSuggesting
from export_assist.documents.links import DownloadLinks
from export_assist.documents.service import DocumentService
from export_assist.duties.service import DutyService
from export_assist.matching.service import ShortlistService
from export_assist.programmes.service import ProgrammeService
from export_assist.retrieval.search import HybridSearcher
from export_assist.translation.service import TranslationService


@dataclass(frozen=True)
class ToolServices:
    """The services the tools run on; a tool is offered only when its service is given."""

    searcher: HybridSearcher
    min_dense_score: float
    checklists: ChecklistService | None = None
    hs: HsSuggesting | None = None
    shortlists: ShortlistService | None = None
    translation: TranslationService | None = None
    documents: DocumentService | None = None
    links: DownloadLinks | None = None
    programmes: ProgrammeService | None = None
    answers: AnswerEngine | None = None
    duties: DutyService | None = None


def build_registry(services: ToolServices) -> ToolRegistry:
    """Regulation search always; each other tool when its service is present."""
    tools: list[Tool] = [search_tool(services.searcher, services.min_dense_score)]
    if services.answers is not None:
        tools.append(answer_tool(services.answers))
    if services.checklists is not None:
        tools.append(checklist_tool(services.checklists))
    if services.shortlists is not None:
        tools.append(shortlist_tool(services.shortlists))
    if services.hs is not None:
        tools.append(hs_tool(services.hs))
    if services.translation is not None:
        tools.append(translate_tool(services.translation))
    if services.documents is not None and services.links is not None:
        tools.append(documents_tool(services.documents, services.links))
    if services.programmes is not None:
        tools.append(programmes_tool(services.programmes))
    if services.duties is not None:
        tools.append(duty_tool(services.duties))
    return ToolRegistry(tools)
