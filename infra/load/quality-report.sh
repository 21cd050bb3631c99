#!/usr/bin/env bash
# The quality-report benchmark: a year of one tenant's tickets (1,000,000 by default) in a database of
# its own, then every month's report timed several times (platform/.../report/QualityReportBenchmark).
# The first run creates the database (needs root, for su postgres) and loads the year (a few minutes);
# later runs reuse it. Figures go to platform/target/quality-report-bench.txt; see REPORT-BENCHMARK.md.
#
#   infra/load/quality-report.sh [runs per month, default 5]
#
# QUALITYBENCH_DB (default helpdesk_bench_report) and QUALITYBENCH_TICKETS (default 1000000) choose
# another database and size, e.g. a small one to try the generator.
set -euo pipefail
cd "$(dirname "$0")/../.."
source infra/lib/jdk.sh
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
DB=${QUALITYBENCH_DB:-helpdesk_bench_report}

if ! su postgres -c "psql -tAc \"select 1 from pg_database where datname = '$DB'\"" | grep -q 1; then
    su postgres -c "psql -c 'create database $DB owner helpdesk_owner' -c 'grant connect on database $DB to helpdesk_app'"
    su postgres -c "psql -d $DB -c 'alter schema public owner to helpdesk_owner' -c 'grant usage on schema public to helpdesk_app'"
fi
HELPDESK_TEST_DB_NAME=$DB HELPDESK_PORT=0 HELPDESK_ES_INDEX_PREFIX=helpdesk-bench-report \
    mvn -B -ntp -pl platform -am verify -Dtest=QualityReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dqualitybench=true -Dqualitybench.runs="${1:-5}" -Dqualitybench.tickets="${QUALITYBENCH_TICKETS:-1000000}"
cat platform/target/quality-report-bench.txt
