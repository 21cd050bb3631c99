#!/usr/bin/env bash
# Runs all tests against the real services: the launcher's own test (which leaves every service
# up), then the whole Maven build with its unit and integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/jdk.sh
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

bash infra/tests/launcher-test.sh
# The browser tests need Debian's chromium and chromedriver (installed here when missing).
bash infra/lib/chromium.sh
# The quality report's PDF embeds a Chinese font (installed here when missing).
bash infra/lib/fonts.sh
mvn -B -ntp verify "$@"
