"""Test suite (a package, so `tests.support` wins over the `tests` package argos-translate-lt installs)."""
