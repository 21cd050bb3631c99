#!/usr/bin/env bash
# Makes sure Debian's chromium and chromium-driver (and a Chinese font, for legible screenshots of the
# zh-CN pages) are installed: the browser tests
# (platform/src/test/java/com/helpdesk/platform/ui) drive them through Selenium, which is never
# allowed to download a browser of its own. As root it installs them with apt-get; otherwise it
# says what is missing and fails. Idempotent and quick when both are there.
#
#   bash infra/lib/chromium.sh
set -euo pipefail

has_cjk_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; }
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 && has_cjk_font; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium.sh: chromium, chromium-driver or a Chinese font is missing; install them as root:" >&2
    echo "  apt-get install -y chromium chromium-driver fonts-wqy-microhei" >&2
    exit 1
fi
echo "chromium.sh: installing chromium, chromium-driver and fonts-wqy-microhei with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-wqy-microhei fontconfig >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null
