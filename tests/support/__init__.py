"""Reusable test helpers (real servers and generated fixtures), shared across areas."""
