#!/usr/bin/env bash
# Installs what the browser tests need on a Debian machine: Debian's chromium (never a downloaded
# browser build), Noto CJK fonts for Chinese labels, nginx with its brotli static module (the
# deployment test serves the Atlas through deploy/nginx.conf), and the independent readers the
# vector-export tests check files with: poppler-utils (pdffonts, pdftotext, pdfimages) and
# librsvg2-bin (rsvg-convert), and LibreOffice Impress (soffice), the independent reader of the
# PPTX decks; GDAL's ogr2ogr (gdal-bin), the independent writer of the Shapefile fixtures; and the
# second engine, Debian's firefox-esr with Xvfb (headless Firefox has no WebGL on Linux, so the
# Firefox tests run it headed on a private virtual display, test/e2e/firefox.ts).
# Does nothing when all are present.
set -euo pipefail

have_chromium() { [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; }
# Not grep -q: it exits at the first match and, under pipefail, fc-list's SIGPIPE would fail the check.
have_cjk_font() { fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; }
have_nginx() { [ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; }
# Mesa's DRI drivers hold llvmpipe, Firefox's software GL (Chromium brings its own SwiftShader).
have_firefox() { [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] && command -v Xvfb >/dev/null 2>&1 && dpkg -s libgl1-mesa-dri >/dev/null 2>&1; }
have_readers() { command -v pdffonts >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && command -v pdfimages >/dev/null 2>&1 && command -v rsvg-convert >/dev/null 2>&1 && command -v soffice >/dev/null 2>&1 && command -v ogr2ogr >/dev/null 2>&1; }

if have_chromium && have_cjk_font && have_nginx && have_readers && have_firefox; then
  echo "setup: chromium, Noto CJK fonts, nginx, poppler-utils, librsvg2-bin, LibreOffice Impress, gdal-bin, firefox-esr and Xvfb present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: need root or sudo to apt-get install chromium fonts-noto-cjk" >&2; exit 1; }
  SUDO="sudo"
fi
echo "setup: installing chromium, fonts-noto-cjk, nginx, poppler-utils, librsvg2-bin, libreoffice-impress, gdal-bin, firefox-esr and xvfb with apt-get"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk nginx libnginx-mod-http-brotli-static poppler-utils librsvg2-bin >/dev/null
# Impress alone (no recommended extras: Java, help, other office apps): it converts a PPTX to PDF headless.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-impress gdal-bin firefox-esr xvfb libgl1-mesa-dri >/dev/null
have_chromium || { echo "setup: chromium still missing after install" >&2; exit 1; }
have_nginx || { echo "setup: nginx or its brotli module still missing after install" >&2; exit 1; }
have_firefox || { echo "setup: firefox-esr, Xvfb or Mesa's libgl1-mesa-dri still missing after install" >&2; exit 1; }
have_readers || { echo "setup: poppler-utils, librsvg2-bin, libreoffice-impress or gdal-bin still missing after install" >&2; exit 1; }
echo "setup: done"
