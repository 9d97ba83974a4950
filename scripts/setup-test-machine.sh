#!/usr/bin/env bash
# Installs what the browser tests need on a Debian machine: Debian's chromium (never a downloaded
# browser build), Noto CJK fonts for Chinese labels, and nginx with its brotli static module (the
# deployment test serves the Atlas through deploy/nginx.conf). Does nothing when all are present.
set -euo pipefail

have_chromium() { [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; }
have_cjk_font() { fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; }
have_nginx() { [ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; }

if have_chromium && have_cjk_font && have_nginx; then
  echo "setup: chromium, Noto CJK fonts and nginx present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to apt-get install chromium fonts-noto-cjk" >&2; exit 1; }
  SUDO="sudo"
fi
echo "setup: installing chromium, fonts-noto-cjk and nginx with apt-get"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk nginx libnginx-mod-http-brotli-static >/dev/null
have_chromium || { echo "setup: chromium still missing after install" >&2; exit 1; }
have_nginx || { echo "setup: nginx or its brotli module still missing after install" >&2; exit 1; }
echo "setup: done"
