#!/usr/bin/env bash
# Ring-to-pop latency benchmark (see POP-LATENCY.md beside this file):
#
#   infra/load/pop-latency.sh [-Dpopbench.agents=2000] [-Dpopbench.rate=100] [-Dpopbench.ringAll=2]
#                             [-Dpopbench.warmup=20] [-Dpopbench.duration=60] [-Dpopbench.talkMs=1000]
#
# Brings the services up (infra/services.sh: PostgreSQL, Redis, Keycloak, ...), installs the
# modules the platform needs, then runs PopLatencyBenchmark (platform's test sources, skipped in the
# normal test run) with -Dpopbench=true: the platform on a random port, the PBX simulator and the
# STOMP clients in the same JVM. Figures are printed and written to
# platform/target/pop-latency.txt (or -Dpopbench.report=FILE).
set -euo pipefail
cd "$(dirname "$0")/../.."

# shellcheck disable=SC1091
source infra/lib/jdk.sh
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

bash infra/services.sh up
mvn -B -ntp -q -pl platform -am install -DskipTests
mvn -B -ntp -pl platform test -Dtest=PopLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpopbench=true "$@"
echo
cat platform/target/pop-latency.txt 2>/dev/null || true
