"""Wiring: build adapters from Settings and hand them to services. Nothing else
constructs adapters, so swapping an embedded default for a server is a setting.

The container is one object in three layers: `wiring/adapters.py` (adapters, the index,
keys, reviews), `wiring/services.py` (compliance, matching, translation, documents) and
this file (the assistant and the support programmes)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from export_assist.agent.assembly import build_chat
from export_assist.agent.conversations import ConversationStore
from export_assist.agent.intent import IntentDetector
from export_assist.agent.service import ChatService
from export_assist.agent.tools import ToolRegistry, ToolServices, build_registry
from export_assist.answering.engine import AnswerEngine
from export_assist.answering.outside_prior import prior_judge
from export_assist.lazy import built_once
from export_assist.outcomes.service import OutcomeService
from export_assist.programmes.applications import ApplicationService
from export_assist.programmes.service import Clock, ProgrammeService
from export_assist.wiring.services import ServiceParts


class Container(ServiceParts):
    """Lazily built application parts; one per process (or per test). The adapters and
    the domain services are wired in `wiring/`; the assistant and programmes here."""

    # --- assistant: tools and chat ---------------------------------------------------
    @built_once
    def tools(self) -> ToolRegistry:
        """The assistant's tools, each bound to its service."""
        services = ToolServices(
            searcher=self.searcher,
            min_dense_score=self.settings.assistant.min_dense_score,
            checklists=self.checklists,
            hs=self.hs_suggester,
            shortlists=self.shortlists,
            translation=self.translation,
            documents=self.documents,
            links=self.download_links,
            programmes=self.programmes,
            answers=self.answer_engine,
            duties=self.duties,
        )
        return build_registry(services)

    @built_once
    def answer_engine(self) -> AnswerEngine:
        """The no-LLM answer engine: cards, document-first retrieval, honest hand-off."""
        names = {code: self.hs_table.label_ja(code) for code in self.hs_table.entries}
        return AnswerEngine(
            self.searcher,
            self.card_library,
            self.termbase,
            hs_names_ja=names,
            hs_suggest=self.hs_suggester.suggest,
            # the chat's overview counts what the checklist lists (built on first need)
            requirements=lambda product, hs, market, claims: self.checklists.requirements(
                product, hs, market, claims
            ),
            reads_outside=prior_judge(self.searcher.embed_query, self.embedder.model_id),
        )

    @built_once
    def chat(self) -> ChatService:
        """The assistant: LLM agent or no-LLM orchestrator, with conversations."""
        return self.new_chat()

    def new_chat(self) -> ChatService:
        """A chat service as the settings say now (evaluations switch the LLM per mode)."""
        conversations = ConversationStore(self.sessions)
        detector = IntentDetector(self.embedder)
        return build_chat(
            self.tools, detector, conversations, self.reviews, self.settings, self.answer_engine
        )

    # --- support programmes ------------------------------------------------------------
    @built_once
    def clock(self) -> Clock:
        """Today's date in Japan; tests replace it (domain code never reads the clock)."""
        return lambda: dt.datetime.now(ZoneInfo("Asia/Tokyo")).date()

    @built_once
    def programmes(self) -> ProgrammeService:
        """The support-programme catalogue and matching."""
        return ProgrammeService(self.settings.programmes_dir, lambda: self.clock())

    @built_once
    def applications(self) -> ApplicationService:
        """Application pre-fill; drafts go to the advisor review queue."""
        forms = self.settings.programmes_dir / "forms"
        return ApplicationService(self.programmes, forms, self.reviews)

    @built_once
    def outcomes(self) -> OutcomeService:
        """Outcome events and figures."""

        def label(programme_id: str, lang: str) -> str:
            for p in self.programmes.catalogue.programmes:
                if p.id == programme_id:
                    return p.official_name if lang == "ja" else (p.name_en or p.official_name)
            return programme_id

        def known(programme_id: str) -> bool:
            return any(p.id == programme_id for p in self.programmes.catalogue.programmes)

        return OutcomeService(self.sessions, label, known, lambda: self.clock())
