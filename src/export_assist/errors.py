"""One error tree. The API maps it to HTTP in one place (api/errors.py)."""

from __future__ import annotations

from typing import Any


class ExportAssistError(Exception):
    """Base of every error this application raises on purpose."""

    status_code = 500
    code = "internal_error"

    def __init__(self, message: str, *, details: Any = None, message_ja: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details
        self.message_ja = message_ja  # for a caller who asked for Japanese (api/error_text.py)


class InvalidInput(ExportAssistError):
    """The caller sent something we cannot use; the message says what and where."""

    status_code = 422
    code = "invalid_input"


class NotFound(ExportAssistError):
    """The thing asked for does not exist (or is not visible to the caller)."""

    status_code = 404
    code = "not_found"


class Conflict(ExportAssistError):
    """The request conflicts with the current state (e.g. editing an approved draft)."""

    status_code = 409
    code = "conflict"


class PayloadTooLarge(ExportAssistError):
    """The request body is over a configured size limit."""

    status_code = 413
    code = "payload_too_large"


class Unauthorized(ExportAssistError):
    """No valid credentials."""

    status_code = 401
    code = "unauthorized"


class TokenExpired(Unauthorized):
    """A widget token past its expiry: the host site must hand the widget a new one."""

    code = "token_expired"


class TokenRevoked(Unauthorized):
    """A widget token that its tenant revoked."""

    code = "token_revoked"


class RateLimited(ExportAssistError):
    """Too many requests from one caller in a short time."""

    status_code = 429
    code = "rate_limited"


class Forbidden(ExportAssistError):
    """Valid credentials, but not allowed to do this."""

    status_code = 403
    code = "forbidden"


class ServiceUnavailable(ExportAssistError):
    """A backing service (vector store, LLM endpoint, embeddings) is down or timing out."""

    status_code = 503
    code = "service_unavailable"


class LLMUnavailable(ServiceUnavailable):
    """The LLM endpoint failed or timed out; a chat turn falls back to the no-LLM path."""

    code = "llm_unavailable"


class ConfigurationError(ExportAssistError):
    """The settings ask for something that cannot be built (missing model, bad URL)."""

    status_code = 500
    code = "configuration_error"
