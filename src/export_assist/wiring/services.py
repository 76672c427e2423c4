"""The container's second layer: compliance, buyer matching and screening, translation
and trade documents, each built from the adapters."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from export_assist.compliance.checklist import ChecklistOptions, ChecklistService
from export_assist.compliance.evidence import EvidenceFinder
from export_assist.compliance.hs.ranker import RankedHsSuggester
from export_assist.compliance.hs.suggest import HsSuggester, HsSuggesting
from export_assist.compliance.hs.table import HsTable, load_table
from export_assist.compliance.library import CardLibrary
from export_assist.compliance.origin.routes import OriginService
from export_assist.compliance.profile import ProfileBuilder
from export_assist.documents.fonts import FontBook
from export_assist.documents.service import DocumentService
from export_assist.duties.service import DutyService
from export_assist.duties.uk_tariff import UkTariffClient
from export_assist.errors import ConfigurationError
from export_assist.lazy import built_once
from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.import_jobs import ImportJobs
from export_assist.matching.service import ShortlistService
from export_assist.screening.provider import ScreenerProvider
from export_assist.translation.argos import ArgosTranslator
from export_assist.translation.base import Translator
from export_assist.translation.llm import LLMTranslator
from export_assist.translation.service import TranslationService
from export_assist.translation.termbase import TermBase
from export_assist.watch.service import WatchService
from export_assist.watch.sources import checklist_sources
from export_assist.wiring.adapters import AdapterParts

log = logging.getLogger(__name__)


class ServiceParts(AdapterParts):
    """The domain services."""

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
            self.card_library,
            self.evidence_finder,
            searcher,
            profiles,
            options,
            duties=self.duties.lookup,
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
    def hs_suggester(self) -> HsSuggesting:
        """HS code suggestion over the table in force: the learned ranker (with embedding
        features when `hs_dense` and the embedder loads, else its words-only model), else
        the hierarchical lexical scorer (no LightGBM)."""
        embedder = None
        if self.settings.compliance.hs_dense:
            try:
                embedder = self.embedder
            except (ImportError, OSError, ConfigurationError) as exc:
                log.warning("HS ranker: no embedder (%s); ranking by words only", exc)
        try:
            return RankedHsSuggester(self.hs_table, embedder)
        except (ImportError, OSError) as exc:  # LightGBM needs libgomp (OpenMP)
            log.warning("HS ranker unavailable (%s): using the lexical scorer", exc)
        return HsSuggester(self.hs_table)

    @built_once
    def duties(self) -> DutyService:
        """Duty lookup: the UK Trade Tariff API only when enabled, official links always."""
        cfg = self.settings.compliance.duties
        uk = UkTariffClient(cfg.uk_base_url, cfg.timeout_s) if cfg.uk_api else None
        return DutyService(uk, lambda: dt.datetime.now(dt.UTC))

    @built_once
    def watches(self) -> WatchService:
        """Exporters' watches on a product + market and their notices (change watch)."""
        sources = checklist_sources(self.checklists, self.ledger)
        return WatchService(self.sessions, self.ledger, sources)

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

    def fonts(self) -> FontBook:
        """A font book for one PDF job, with the configured font files and cache."""
        d = self.settings.documents
        return FontBook(d.font_path, d.font_cache_dir)

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

    def close(self) -> None:
        """Stop the import worker, then release files and connections."""
        if "buyer_imports" in self.__dict__:
            self.buyer_imports.close()
        super().close()
