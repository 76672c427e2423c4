#!/usr/bin/env bash
# The PostgreSQL tests (tests/postgres, tests/scaleout, tests/matching/test_postgres.py)
# start a throwaway server from Debian's `postgresql` binaries (tests/support/postgres.py).
exec bash "$(dirname "$0")/ensure-debian-package.sh" postgresql "the PostgreSQL tests" \
  'ls /usr/lib/postgresql/*/bin/initdb || command -v initdb'
