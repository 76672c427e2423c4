#!/usr/bin/env bash
# The PDF tests rasterise pages with pdftoppm (Debian poppler-utils) under an empty
# font configuration, to prove the text reads on a machine without Japanese fonts.
# Install it from Debian's packages when we can; otherwise those tests skip with a reason.
set -u
if command -v pdftoppm >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian poppler-utils for the PDF rendering tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null) \
    || echo "warning: could not install poppler-utils; PDF rendering tests will be skipped"
else
  echo "note: pdftoppm is missing and we are not root; PDF rendering tests will be skipped"
fi
exit 0
