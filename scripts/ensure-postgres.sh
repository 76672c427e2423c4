#!/usr/bin/env bash
# The PostgreSQL tests start a throwaway server from Debian's `postgresql` binaries
# (tests/support/postgres.py). Install them when we can (root, apt); otherwise say why
# those tests will be skipped.
set -u
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian postgresql for the PostgreSQL tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
    || echo "warning: could not install postgresql; PostgreSQL tests will be skipped"
else
  echo "note: PostgreSQL binaries are missing and we are not root; PostgreSQL tests will be skipped"
fi
exit 0
