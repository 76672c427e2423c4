"""Start-up work for buyer matching: seed the fictitious sample directory once."""

from __future__ import annotations

import logging

from export_assist.matching.directory import BuyerDirectory
from export_assist.matching.sample import generate
from export_assist.matching.scope import PUBLIC
from export_assist.settings import MatchingSettings

log = logging.getLogger("export_assist.matching")


def ensure_sample_directory(directory: BuyerDirectory, cfg: MatchingSettings) -> int:
    """Seed the sample directory when the buyers table is empty; returns buyers added."""
    if not cfg.seed_sample_directory or cfg.sample_size == 0 or directory.count() > 0:
        return 0
    buyers = generate(cfg.sample_size, cfg.sample_seed)
    # The fictitious sample is the public directory: every tenant sees it, admins curate it.
    directory.bulk_insert(buyers, owner=PUBLIC)  # names unique by construction: one statement
    log.info("seeded %d FICTITIOUS sample buyers (empty directory)", len(buyers))
    return len(buyers)
