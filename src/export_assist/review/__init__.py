"""Advisor review: drafts, per-claim decisions, versions and an append-only audit log."""
