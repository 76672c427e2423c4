#!/usr/bin/env bash
# Browser tests drive Debian's chromium through Playwright (never a browser download).
exec bash "$(dirname "$0")/ensure-debian-package.sh" chromium "the browser tests" \
  'test -x /usr/bin/chromium'
