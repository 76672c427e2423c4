#!/usr/bin/env bash
# Vendor Chart.js (MIT) from the npm registry into the static folder, checked by the
# registry's own sha512 integrity, so the console serves it locally (no CDN at run time).
# Re-run to update: change VERSION and INTEGRITY (npm view chart.js@VERSION dist.integrity).
set -euo pipefail
VERSION=4.5.1
INTEGRITY="sha512-GIjfiT9dbmHRiYi6Nl2yFCq7kkwdkp1W/lp2J99rX0yo9tgJGn3lKQATztIjb5tVtevcBtIdICNWqlq5+E8/Pw=="
DEST="$(cd "$(dirname "$0")/.." && pwd)/src/export_assist/api/static/vendor/chartjs"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm pack --silent "chart.js@${VERSION}" >/dev/null
TGZ="chart.js-${VERSION}.tgz"
GOT="sha512-$(openssl dgst -sha512 -binary "$TGZ" | base64 -w0)"
if [ "$GOT" != "$INTEGRITY" ]; then
  echo "integrity mismatch for $TGZ: $GOT" >&2
  exit 1
fi
tar xzf "$TGZ" package/dist/chart.umd.min.js package/LICENSE.md
mkdir -p "$DEST"
cp package/dist/chart.umd.min.js "$DEST/chart.umd.min.js"
cp package/LICENSE.md "$DEST/LICENSE.md"
printf 'chart.js %s from the npm registry, %s\n' "$VERSION" "$INTEGRITY" > "$DEST/VERSION.txt"
echo "vendored chart.js $VERSION into $DEST"
