#!/usr/bin/env bash
# Browser tests drive Debian's chromium through Playwright (never a browser
# download). Install it from Debian's packages when we can (root, apt);
# otherwise say why the browser tests will be skipped.
set -u
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian chromium for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped"
else
  echo "note: /usr/bin/chromium is missing and we are not root; browser tests will be skipped"
fi
exit 0
