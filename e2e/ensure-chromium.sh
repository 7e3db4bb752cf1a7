#!/usr/bin/env bash
# Runs before the end-to-end tests: Playwright cannot download its own browser here, so it drives Debian's
# Chromium. When it is missing and we are root on Debian, install it; otherwise say how.
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] && exit 0
if [[ $chromium == /usr/bin/chromium && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's package (apt-get install chromium)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  exit 0
fi
echo "The end-to-end tests need Chromium at $chromium (set CHROMIUM_PATH for another one)." >&2
echo "On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium" >&2
exit 1
