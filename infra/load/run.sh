#!/usr/bin/env bash
# Load benchmarks of the help-desk, reproducible from a clean clone:
#
#   infra/load/run.sh [archive|tickets|all] [-Dname=value ...]
#
#   archive  ArchiveLookupSimulation: lookup by phone + caller archive over 1,000,000 customers
#   tickets  TicketCreationSimulation: POST /api/tickets at a constant rate
#   all      both, one after the other (default: archive)
# Extra arguments go to Maven and so to the simulation: -Drate=200 -Dduration=60 -Dwarmup=60
# (see README.md beside this file).
#
# Steps: services up (infra/services.sh), a database of its own (helpdesk_bench: the demo's stays
# small), the platform jar built and started with the demo profile, the customers loaded once,
# the simulation(s) run, the report's path printed, the platform stopped, and the server-side
# times of the measured requests printed (server-times.sh, from Tomcat's access log).
#
# Environment (optional):
#   BENCH_DB           helpdesk_bench   database of the benchmark
#   BENCH_CUSTOMERS    1000000          customers to load (reloaded when the count differs)
#   BENCH_RELOAD       0                1: reload even when the count matches
#   BENCH_PLATFORM_JVM (see below)      JVM options of the platform under test
#   BENCH_JAR          (built here)     a platform jar to measure instead of building this tree
#   HELPDESK_PORT      8080             the platform's port (must be free)
#   HELPDESK_DB_POOL   8                the platform's connection pool (its default is 20)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
LOAD_DIR=$ROOT/infra/load

what=${1:-archive}
[ $# -gt 0 ] && shift
case $what in
    archive) simulations=(ArchiveLookupSimulation) ;;
    tickets) simulations=(TicketCreationSimulation) ;;
    all) simulations=(ArchiveLookupSimulation TicketCreationSimulation) ;;
    *) echo "usage: $0 [archive|tickets|all] [-Dname=value ...]" >&2; exit 2 ;;
esac

# shellcheck disable=SC1091
source infra/lib/jdk.sh
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

BENCH_DB=${BENCH_DB:-helpdesk_bench}
BENCH_CUSTOMERS=${BENCH_CUSTOMERS:-1000000}
PORT=${HELPDESK_PORT:-8080}
OWNER_PASSWORD=${HELPDESK_DB_OWNER_PASSWORD:-helpdesk_owner}
TENANT=7a1f0c3e-0000-4000-8000-000000000001
RUN_DIR=$LOAD_DIR/target/run
mkdir -p "$RUN_DIR"

# The platform shares the 2 cores with PostgreSQL and the load generator. A fixed heap: no
# resizing during the run. MaxTenuringThreshold=2: G1 would otherwise copy the ~30 MB of objects
# made at start-up (the Spring context) between survivor spaces at every young collection for the
# first 15 of them (minutes of load), 20-80 ms pauses instead of 2-5 ms; request garbage dies long
# before its second collection anyway. The pool: more than 8 connections only queue inside
# PostgreSQL on two cores, instead of in the pool.
PLATFORM_JVM=${BENCH_PLATFORM_JVM:--Xms1g -Xmx1g -XX:+UseG1GC -XX:MaxTenuringThreshold=2 -XX:+AlwaysPreTouch}
major=$(helpdesk_java_major "$(helpdesk_java_version "$JAVA_HOME")")
if [ "$major" -ge 24 ]; then PLATFORM_JVM="$PLATFORM_JVM --sun-misc-unsafe-memory-access=allow"; fi
export HELPDESK_DB_POOL=${HELPDESK_DB_POOL:-8}
# The load comes from a few users of one tenant at thousands of requests a second: limits far
# above that, so the buckets are still taken (their cost is measured) but never refuse.
export HELPDESK_RATE_LIMIT_USER=${HELPDESK_RATE_LIMIT_USER:-1000000} HELPDESK_RATE_LIMIT_USER_BURST=${HELPDESK_RATE_LIMIT_USER_BURST:-1000000}
export HELPDESK_RATE_LIMIT_TENANT=${HELPDESK_RATE_LIMIT_TENANT:-1000000} HELPDESK_RATE_LIMIT_TENANT_BURST=${HELPDESK_RATE_LIMIT_TENANT_BURST:-1000000}

log() { echo "run.sh: $*"; }

# psql_admin ARGS...: as the postgres superuser, like infra/services.sh
psql_admin() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@")
    else
        psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"
    fi
}

psql_owner() {
    PGPASSWORD=$OWNER_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U helpdesk_owner -d "$BENCH_DB" "$@"
}

# The benchmark's database, set up as infra/postgres/init-roles.sql sets up helpdesk and helpdesk_test.
ensure_database() {
    if [ -z "$(psql_admin -d postgres -At -c "select 1 from pg_database where datname = '$BENCH_DB'")" ]; then
        log "creating database $BENCH_DB"
        psql_admin -d postgres -c "create database $BENCH_DB owner helpdesk_owner"
    fi
    psql_admin -d "$BENCH_DB" -c "grant connect on database $BENCH_DB to helpdesk_app" \
        -c "alter schema public owner to helpdesk_owner" -c "grant usage on schema public to helpdesk_app"
}

PLATFORM_PID=""
stop_platform() {
    [ -n "$PLATFORM_PID" ] || return 0
    if kill -0 "$PLATFORM_PID" 2>/dev/null; then
        log "stopping the platform (pid $PLATFORM_PID)"
        kill "$PLATFORM_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$PLATFORM_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$PLATFORM_PID" 2>/dev/null || true
    fi
    PLATFORM_PID=""
}
trap stop_platform EXIT
trap 'exit 130' INT TERM

start_platform() {
    if curl -s -o /dev/null -m 2 "http://127.0.0.1:$PORT/"; then
        echo "run.sh: something already listens on port $PORT (the demo?): stop it or set HELPDESK_PORT" >&2
        exit 1
    fi
    local jar=$1 log=$RUN_DIR/platform.out
    log "starting $jar on port $PORT, database $BENCH_DB, JVM: $PLATFORM_JVM, pool $HELPDESK_DB_POOL"
    rm -f "$RUN_DIR"/access*.log
    # Tomcat's access log (buffered) gives the server-side time of each request: server-times.sh
    # sets it against what Gatling measured.
    # shellcheck disable=SC2086
    HELPDESK_DB_NAME=$BENCH_DB HELPDESK_PORT=$PORT HELPDESK_LOG_DIR=$RUN_DIR/logs \
        "$JAVA_HOME/bin/java" $PLATFORM_JVM -jar "$jar" --spring.profiles.active=demo \
        --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$RUN_DIR" \
        --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.buffered=true \
        --server.tomcat.accesslog.pattern='%{begin:msec}t %m %U %s %{us}T %{X-Load-Phase}i' >"$log" 2>&1 &
    PLATFORM_PID=$!
    for _ in $(seq 1 240); do
        if ! kill -0 "$PLATFORM_PID" 2>/dev/null; then
            tail -n 40 "$log" >&2
            echo "run.sh: the platform exited while starting (log above, $log)" >&2
            exit 1
        fi
        curl -s -o /dev/null -m 2 "http://127.0.0.1:$PORT/actuator/health" && { log "platform up"; return 0; }
        sleep 0.5
    done
    echo "run.sh: the platform did not answer within 120 s ($log)" >&2
    exit 1
}

# Loads the customers unless exactly BENCH_CUSTOMERS of them are there (from an earlier run).
ensure_customers() {
    local loaded t0
    loaded=$(psql_owner -At -c "set app.tenant_id = '$TENANT'" -c "select count(*) from customers
        where tenant_id = '$TENANT'
          and id between 'be000000-0000-4000-8000-000000000000' and 'be000000-0000-4000-8000-ffffffffffff'")
    if [ "$loaded" = "$BENCH_CUSTOMERS" ] && [ "${BENCH_RELOAD:-0}" != 1 ]; then
        log "$loaded customers already loaded"
        return 0
    fi
    log "loading $BENCH_CUSTOMERS customers into $BENCH_DB (found $loaded)"
    t0=$(date +%s)
    psql_owner -v customers="$BENCH_CUSTOMERS" -f "$LOAD_DIR/load-customers.sql"
    log "loaded in $(( $(date +%s) - t0 )) s"
}

bash infra/services.sh up
ensure_database
if [ -n "${BENCH_JAR:-}" ]; then
    jar=$BENCH_JAR
else
    log "building the platform"
    # package, not install: the reactor finds the modules, ~/.m2 keeps what others installed
    mvn -B -ntp -q -DskipTests package
    jar=$(ls platform/target/platform-*.jar | head -n 1)
fi
start_platform "$jar"
ensure_customers

rc=0
for simulation in "${simulations[@]}"; do
    # other work on the machine lengthens the tail: the load average goes with the figures
    log "running $simulation (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    if ! (cd "$LOAD_DIR" && mvn -B -ntp -q gatling:test -Dgatling.simulationClass="com.helpdesk.load.$simulation" \
            -Dcustomers="$BENCH_CUSTOMERS" -DbaseUrl="http://127.0.0.1:$PORT" "$@"); then
        rc=1
        log "$simulation: FAILED (an assertion or the run)"
    fi
    log "$simulation done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    report=$(ls -dt "$LOAD_DIR"/target/gatling/"${simulation,,}"-* 2>/dev/null | head -n 1 || true)
    [ -n "$report" ] && log "$simulation report: $report/index.html"
done
stop_platform   # flushes the buffered access log
bash "$LOAD_DIR/server-times.sh" "$RUN_DIR"/access*.log || true
log "platform log: $RUN_DIR/platform.out, $RUN_DIR/logs/platform.log"
exit $rc
