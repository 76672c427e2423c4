"""Warm-up: build the assistant and answer sample questions in the background at start.

Without it the first question after `make run` pays for everything the answer path builds
on first need (the HS ranker and tables, the answer engine and its catalogue, the query
embedding model, the intent exemplars, the checklist profile and its product-kind
exemplars, 12 s alone where the embedding cache lacks them): 75 s on the 2-core machine
under load in the session-13 trial, against 1–4 s for the questions after it. The server
accepts requests at once; a question that arrives during the warm-up waits for the part
being built (`built_once`), never builds it a second time. Nothing is stored: the sample
questions go to the answer engine and the intent detector, not through a conversation.
"""

from __future__ import annotations

import logging
import threading
import time

from export_assist.agent.intent import IntentDetector
from export_assist.container import Container

log = logging.getLogger("export_assist.api")

# One question per answer path the first visitors take: a checklist, a regulation
# question, an English one, an HS question (ja and en, so both term paths load)
SAMPLES = (
    "日本酒をアメリカに輸出したい。必要な手続きは？",
    "化粧品を中国に輸出するときの表示ルールは？",
    "Do I need a CE mark to sell a rice cooker in Germany?",
    "緑茶のHSコードは？",
)


class WarmUp:
    """One background warm-up of a container; `done` says whether it has finished."""

    def __init__(self, container: Container) -> None:
        self._container = container
        self._finished = threading.Event()
        self.seconds: float | None = None
        self.error: str | None = None
        self._thread = threading.Thread(target=self._run, name="warm-up", daemon=True)

    @property
    def done(self) -> bool:
        return self._finished.is_set()

    def start(self) -> WarmUp:
        self._thread.start()
        return self

    def wait(self, timeout_s: float) -> bool:
        """Block until the warm-up ends (tests, benchmarks); False on timeout."""
        return self._finished.wait(timeout_s)

    def _run(self) -> None:
        began = time.perf_counter()
        try:
            warm(self._container)
        except Exception as exc:  # a failed warm-up must never stop the server
            self.error = f"{type(exc).__name__}: {exc}"
            log.warning("warm-up failed (the first question builds what it needs): %s", exc)
        finally:
            self.seconds = round(time.perf_counter() - began, 1)
            self._finished.set()
        if self.error is None:
            log.info("warm-up done in %.1f s: the first question is answered warm", self.seconds)


def warm(container: Container) -> None:
    """Build the chat's parts and answer the sample questions once (results discarded)."""
    container.store()  # first, so /healthz reads it while the rest is built
    engine = container.answer_engine  # builds the HS suggester, cards, term base, index
    _ = container.chat  # the tools and the orchestrator around the engine
    container.checklists.profiles.warm()  # the product-kind exemplars a checklist reads
    container.shortlists.index()  # embeds the buyer directory (a tenant's index reuses it)
    detector = IntentDetector(container.embedder)  # loads the query model, embeds exemplars
    for question in SAMPLES:
        detector.detect(question)
        engine.answer(engine.understand(question))
