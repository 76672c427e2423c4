"""The HTTP API: thin routers over services."""
