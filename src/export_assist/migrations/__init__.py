"""Alembic migrations of the application's SQL schema (applied at startup by storage/migrate.py)."""
