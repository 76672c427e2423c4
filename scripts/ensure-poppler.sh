#!/usr/bin/env bash
# The PDF tests rasterise pages with pdftoppm (Debian poppler-utils) under an empty
# font configuration, to prove the text reads on a machine without Japanese fonts.
exec bash "$(dirname "$0")/ensure-debian-package.sh" poppler-utils "the PDF rendering tests" \
  'command -v pdftoppm'
