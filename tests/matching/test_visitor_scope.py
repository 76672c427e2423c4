"""Defect 21 (issue 14): an anonymous visitor (publishable key) asking for buyers in the
chat gets the public directory only, never the tenant's private buyers."""

from __future__ import annotations

from export_assist.agent.turn import TurnContext
from export_assist.auth.principal import Principal
from export_assist.container import Container
from tests.matching.test_buyer_tenancy import ACME, SHARED, world

__all__ = ["world"]


def test_defect_21_visitor_chat_shortlist_is_public_only(
    container: Container, world: dict[str, int]
) -> None:
    visitor = Principal(key_id="token:x", subject="visitor-1", role="visitor", tenant="acme")
    ctx = TurnContext(principal=visitor, conversation_id="c")
    arguments = {"product": "matcha", "markets": ["US"], "limit": 20}
    result = container.tools.call("shortlist_buyers", arguments, ctx).result
    assert result.payload is not None, result.error
    names = {c["buyer"]["name"] for c in result.payload.data["candidates"]}
    assert names == {SHARED["name"]}
    assert ACME["name"] not in result.text and ACME["contact_email"] not in str(result.payload)
