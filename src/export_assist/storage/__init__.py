"""The SQL database adapter (SQLAlchemy): engine, sessions, declarative base."""
