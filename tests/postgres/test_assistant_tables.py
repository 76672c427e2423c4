"""Keys, reviews (drafts, decisions, versions, the audit log), concurrent decisions and
outcome events on PostgreSQL: the SQLite tests of those areas, collected here again with
the database on a real PostgreSQL server (this folder's `settings` fixture)."""

from __future__ import annotations

import pytest

from tests.auth.fixtures import client, keys
from tests.auth.test_keys import (
    test_admin_creates_and_revokes_keys_in_own_tenant_only,
    test_bad_role_and_bad_key_are_clear_errors,
    test_demo_keys_are_reused_across_restarts,
    test_listing_keys_needs_admin_and_stays_in_tenant,
    test_me_accepts_header_and_bearer_and_rejects_missing,
    test_only_the_hash_is_stored,
)
from tests.hardening.test_review_concurrency import (
    test_defect_9_concurrent_decisions_get_distinct_versions,
)
from tests.outcomes.test_outcomes import (
    app,
    test_csv_export_matches_and_escapes_formulas,
    test_events_are_validated_and_isolated,
)
from tests.review.test_review_api import (
    test_audit_log_cannot_be_rewritten,
    test_audit_log_is_for_staff,
    test_decide_matrix,
    test_full_review_flow_with_versions_and_audit,
    test_queue_filters,
    test_read_matrix,
    test_rejection_requests_changes_and_needs_a_comment,
)

pytestmark = pytest.mark.postgres
__all__ = [  # the SQLite tests and their fixtures, collected here again over PostgreSQL
    "app",
    "client",
    "keys",
    "test_admin_creates_and_revokes_keys_in_own_tenant_only",
    "test_audit_log_cannot_be_rewritten",
    "test_audit_log_is_for_staff",
    "test_bad_role_and_bad_key_are_clear_errors",
    "test_csv_export_matches_and_escapes_formulas",
    "test_decide_matrix",
    "test_defect_9_concurrent_decisions_get_distinct_versions",
    "test_demo_keys_are_reused_across_restarts",
    "test_events_are_validated_and_isolated",
    "test_full_review_flow_with_versions_and_audit",
    "test_listing_keys_needs_admin_and_stays_in_tenant",
    "test_me_accepts_header_and_bearer_and_rejects_missing",
    "test_only_the_hash_is_stored",
    "test_queue_filters",
    "test_read_matrix",
    "test_rejection_requests_changes_and_needs_a_comment",
]


def test_the_container_runs_on_postgresql(container: object) -> None:
    from export_assist.container import Container

    assert isinstance(container, Container)
    assert container.engine.dialect.name == "postgresql"
