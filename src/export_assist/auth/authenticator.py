"""One place that turns a credential into a principal: an API key or a widget token."""

from __future__ import annotations

from export_assist.auth.principal import Principal
from export_assist.auth.ratelimit import RateLimits
from export_assist.auth.service import KeyService
from export_assist.auth.tokens import WidgetTokens, looks_like_token
from export_assist.errors import Unauthorized
from export_assist.settings import AuthSettings


class Authenticator:
    """API keys (long-lived, server side) and widget tokens (short-lived, in browsers)."""

    def __init__(
        self, keys: KeyService, tokens: WidgetTokens, limits: RateLimits, settings: AuthSettings
    ) -> None:
        self.keys, self.tokens, self._limits, self._settings = keys, tokens, limits, settings

    def authenticate(self, credential: str | None, origin: str | None = None) -> Principal:
        """The caller behind an API key or a widget token, or Unauthorized."""
        if not credential:
            raise Unauthorized(
                "An API key or widget token is required: send it in the X-API-Key header "
                "or as Authorization: Bearer."
            )
        if looks_like_token(credential):
            return self.tokens.verify(credential, origin)
        return self.keys.authenticate(credential)

    def count(self, principal: Principal) -> None:
        """Count a request of an anonymous visitor against its rate (429 past it)."""
        if principal.role == "visitor":
            rate = self._settings.visitor_request_rate
            self._limits.hit(rate, principal.subject, what="requests from this visitor")
