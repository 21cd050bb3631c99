#!/usr/bin/env bash
# Makes sure a Chinese TrueType font is installed: the quality report's PDF embeds it so that
# Chinese product lines, models and causes render in any viewer (report.QualityReportPdf looks for
# it under /usr/share/fonts). Debian's fonts-wqy-microhei (Apache 2.0 / GPLv3 with font exception)
# has TrueType outlines, which PDFBox can subset and embed; fonts-noto-cjk ships CFF outlines only.
# As root it installs the package with apt-get; otherwise it says what is missing and fails.
# Idempotent and quick when the font is there.
#
#   bash infra/lib/fonts.sh
set -euo pipefail

FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if [ -f "$FONT" ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "fonts.sh: $FONT is missing; install it as root: apt-get install -y fonts-wqy-microhei" >&2
    exit 1
fi
echo "fonts.sh: installing fonts-wqy-microhei with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends fonts-wqy-microhei >/dev/null
test -f "$FONT"
