"""The index version is read at most once per `max_age_s` (a chat turn asked for it some 25
times, each a file, a marker and a count from Chroma); this process's ingest is seen at
once, another process's change once the reading is that old. Real Chroma store."""

from __future__ import annotations

import numpy as np

from export_assist.container import Container
from export_assist.retrieval.index_version import IndexVersion


def _add_chunk(container: Container, chunk_id: str) -> None:
    store = container.store()
    vector = container.embedder.embed_passages([f"text of {chunk_id}"])
    store.upsert([chunk_id], [f"text of {chunk_id}"], np.asarray(vector), [{"doc_id": chunk_id}])


def test_a_reading_is_reused_until_it_is_old_and_a_bump_is_seen_at_once(
    container: Container,
) -> None:
    now = [100.0]
    version = IndexVersion(
        container.settings.data_dir / "index_version.test",
        container.store(),
        max_age_s=1.0,
        clock=lambda: now[0],
    )
    container.settings.data_dir.mkdir(parents=True, exist_ok=True)
    first = version.read()
    _add_chunk(container, "written-by-another-process")  # no bump: the count changes
    now[0] += 0.5
    assert version.read() == first  # reused: younger than max_age_s
    now[0] += 0.6
    second = version.read()
    assert second != first and second.endswith(":1")  # read again: the new count
    version.bump()  # an ingest by this process
    third = version.read()
    assert third != second and third.split(":")[0] == third.split(":")[1] != ""
