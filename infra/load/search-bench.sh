#!/usr/bin/env bash
# Known-fix search at scale (figures in search/BENCHMARK.md):
#
#   infra/load/search-bench.sh [-Dsearchbench.docs=1000000] [-Dsearchbench.threads=10]
#                              [-Dsearchbench.warmup=30] [-Dsearchbench.duration=120]
#                              [-Dsearchbench.batch=2000] [-Dsearchbench.loaders=3]
#                              [-Dsearchbench.reload=true] [-Dsearchbench.load=false]
#
# Brings the services up (infra/services.sh; Elasticsearch with HELPDESK_ES_HEAP, 1g by default),
# installs the modules, then runs FixSearchBenchmark (search's test sources, skipped in the
# normal test run) with -Dsearchbench=true: loads the synthetic fixes into helpdesk-bench-known-fixes
# (skipped when the index holds exactly that many already; an interrupted load resumes), then
# measures concurrent searches through KnownFixes.search. Figures are printed and written to
# search/target/known-fix-bench.txt. The index is left in place for the next run; delete it with
#   curl -XDELETE 'http://127.0.0.1:9200/helpdesk-bench-known-fixes-v1-0'
set -euo pipefail
cd "$(dirname "$0")/../.."

# shellcheck disable=SC1091
source infra/lib/jdk.sh
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

bash infra/services.sh up
mvn -B -ntp -q -pl search -am install -DskipTests
mvn -B -ntp -pl search test -Dtest=FixSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsearchbench=true "$@"
echo
cat search/target/known-fix-bench.txt 2>/dev/null || true
