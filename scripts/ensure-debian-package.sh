#!/usr/bin/env bash
# Shared by the ensure-*.sh scripts: install one Debian package that some tests need, when
# it is missing and we can (root, apt); otherwise say which tests will be skipped. Never
# fails the build: the tests themselves skip with the reason.
#   ensure-debian-package.sh PACKAGE "WHAT FOR" TEST-COMMAND...
# TEST-COMMAND (run through bash -c) succeeds when the package is already usable.
set -u
package="$1" purpose="$2"
shift 2
if bash -c "$*" >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian $package for $purpose..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null) \
    || echo "warning: could not install $package; $purpose will be skipped"
else
  echo "note: Debian $package is missing and we are not root; $purpose will be skipped"
fi
exit 0
