#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, from Debian's packages: Chromium for the
# browser tests, CJK fonts so Chinese renders, LibreOffice to turn exported DOCX into PDF,
# poppler for PDF pages as pictures, Node.js/npm (the browser packages, the live client's tests) and
# PostgreSQL and Redis (throwaway servers on loopback for the tests of several app nodes).
# Safe to run again: it installs only what is missing.
set -euo pipefail

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
installed fonts-noto-cjk || need+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

. "$(dirname "$0")/lib/apt.sh"
# Without root the tests that need what is missing are skipped.
apt_install install-prerequisites "${need[@]}" || exit 0
