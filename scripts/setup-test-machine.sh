#!/usr/bin/env bash
# Installs what the browser tests need on a Debian machine: Debian's chromium (never a downloaded
# browser build) and Noto CJK fonts for Chinese labels. Does nothing when both are present.
set -euo pipefail

have_chromium() { [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; }
have_cjk_font() { fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; }

if have_chromium && have_cjk_font; then
  echo "setup: chromium and Noto CJK fonts present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to apt-get install chromium fonts-noto-cjk" >&2; exit 1; }
  SUDO="sudo"
fi
echo "setup: installing chromium and fonts-noto-cjk with apt-get"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
have_chromium || { echo "setup: chromium still missing after install" >&2; exit 1; }
echo "setup: done"
