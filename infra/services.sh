#!/usr/bin/env bash
# Local launcher of the help-desk's real services, for machines without a Docker engine (this
# project's CI). With Docker, infra/compose.yaml starts the same services.
#
#   infra/services.sh up       start what is not running yet, wait until every service answers
#   infra/services.sh status   one line per service: running/stopped, address, log
#   infra/services.sh down     stop what this launcher started (and only that)
#
# Everything listens on loopback only. Services:
#   postgresql     127.0.0.1:5432  Debian package (installed with apt when missing and root),
#                                  roles/databases from infra/postgres/init-roles.sql
#   redis          127.0.0.1:6379  Debian package redis-server
#   elasticsearch  127.0.0.1:9200  org.elasticsearch.distribution.integ-test-zip:elasticsearch (Maven Central)
#   keycloak       127.0.0.1:8180  org.keycloak:keycloak-quarkus-dist (Maven Central), start-dev,
#                                  realm infra/keycloak/helpdesk-realm.json (management port 9180)
#
# State lives in $HELPDESK_HOME (default /var/lib/helpdesk-dev as root, ~/.helpdesk-dev otherwise):
#   dist/ unpacked distributions (left as shipped), config/ generated configuration, data/ service
#   data, logs/<service>.log, run/<service>.pid
# As root, Elasticsearch, Keycloak and Redis run as the system user $HELPDESK_USER (default
# helpdesk; Elasticsearch refuses to run as root); PostgreSQL runs as postgres via pg_ctlcluster.
#
# Environment (all optional; the defaults are loopback-only development values, not secrets):
#   HELPDESK_HOME                 state root (see above)
#   HELPDESK_USER                 service user when run as root (helpdesk)
#   HELPDESK_PG_PORT              5432   (must be the port of the local cluster)
#   HELPDESK_DB_OWNER_PASSWORD    helpdesk_owner
#   HELPDESK_DB_APP_PASSWORD      helpdesk_app
#   HELPDESK_REDIS_PORT           6379
#   HELPDESK_ES_VERSION           9.2.0
#   HELPDESK_ES_PORT              9200
#   HELPDESK_ES_HEAP              1g     (-Xms/-Xmx of Elasticsearch)
#   HELPDESK_KC_VERSION           26.4.0
#   HELPDESK_KC_PORT              8180
#   HELPDESK_KC_MGMT_PORT         9180   (health endpoints: /health/ready)
#   HELPDESK_KC_HEAP              512m   (-Xmx of Keycloak)
#   HELPDESK_KC_HOSTNAME          http://127.0.0.1:$HELPDESK_KC_PORT: fixes the token issuer
#                                 (iss = http://127.0.0.1:8180/realms/helpdesk, as the platform expects)
#   KC_BOOTSTRAP_ADMIN_USERNAME   admin  (master realm admin, created on Keycloak's first start)
#   KC_BOOTSTRAP_ADMIN_PASSWORD   admin
#   HELPDESK_ES_TIMEOUT / HELPDESK_KC_TIMEOUT / HELPDESK_PG_TIMEOUT / HELPDESK_REDIS_TIMEOUT
#                                 seconds to wait for readiness (120 / 180 / 60 / 30)
#   JAVA_HOME                     used when it is a JDK >= 21, else the newest one in /usr/lib/jvm
#
# Exit status: 0 ok; 1 a service failed (the tail of its log is printed); 2 usage; 3 `status`
# found a service not answering; 75 another up/down held the lock for 15 minutes.
# Needs: bash, curl, flock/setsid/setpriv (util-linux), unzip (or the JDK's jar), mvn for the
# first download, and as root apt-get when PostgreSQL or Redis are missing.
set -euo pipefail
umask 022

INFRA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ "$(id -u)" -eq 0 ]; then
    IS_ROOT=1
    HELPDESK_HOME=${HELPDESK_HOME:-/var/lib/helpdesk-dev}
else
    IS_ROOT=0
    HELPDESK_HOME=${HELPDESK_HOME:-$HOME/.helpdesk-dev}
fi
HELPDESK_USER=${HELPDESK_USER:-helpdesk}

PG_PORT=${HELPDESK_PG_PORT:-5432}
DB_OWNER_PASSWORD=${HELPDESK_DB_OWNER_PASSWORD:-helpdesk_owner}
DB_APP_PASSWORD=${HELPDESK_DB_APP_PASSWORD:-helpdesk_app}
REDIS_PORT=${HELPDESK_REDIS_PORT:-6379}
ES_VERSION=${HELPDESK_ES_VERSION:-9.2.0}
ES_PORT=${HELPDESK_ES_PORT:-9200}
ES_HEAP=${HELPDESK_ES_HEAP:-1g}
KC_VERSION=${HELPDESK_KC_VERSION:-26.4.0}
KC_PORT=${HELPDESK_KC_PORT:-8180}
KC_MGMT_PORT=${HELPDESK_KC_MGMT_PORT:-9180}
KC_HEAP=${HELPDESK_KC_HEAP:-512m}
KC_HOSTNAME=${HELPDESK_KC_HOSTNAME:-http://127.0.0.1:$KC_PORT}
KC_ADMIN_USER=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
KC_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
ES_TIMEOUT=${HELPDESK_ES_TIMEOUT:-120}
KC_TIMEOUT=${HELPDESK_KC_TIMEOUT:-180}
PG_TIMEOUT=${HELPDESK_PG_TIMEOUT:-60}
REDIS_TIMEOUT=${HELPDESK_REDIS_TIMEOUT:-30}

REALM_FILE=$INFRA_DIR/keycloak/helpdesk-realm.json
PG_INIT_SQL=$INFRA_DIR/postgres/init-roles.sql

DIST_DIR=$HELPDESK_HOME/dist
DATA_DIR=$HELPDESK_HOME/data
LOG_DIR=$HELPDESK_HOME/logs
RUN_DIR=$HELPDESK_HOME/run
TMP_DIR=$HELPDESK_HOME/tmp
ES_HOME=$DIST_DIR/elasticsearch-$ES_VERSION
ES_CONF_DIR=$HELPDESK_HOME/config/elasticsearch
KC_HOME=$DIST_DIR/keycloak-$KC_VERSION


# ----------------------------------------------------------------------------------------------
# helpers

die() { echo "services.sh: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }
elapsed() { local ms=$(( $(now_ms) - $1 )); printf '%d.%ds' $((ms / 1000)) $(( (ms % 1000) / 100 )); }

# report SERVICE STATE ADDRESS NOTE
report() { printf '%-14s %-8s %-16s %s\n' "$1" "$2" "$3" "$4"; }

# show_log_tail FILE... : the last lines of the logs that exist, on stderr
show_log_tail() {
    local f
    for f in "$@"; do
        [ -s "$f" ] || continue
        echo "---- last 40 lines of $f ----" >&2
        tail -n 40 "$f" >&2
        echo "----" >&2
    done
}

svc_user() { if [ "$IS_ROOT" -eq 1 ]; then echo "$HELPDESK_USER"; else id -un; fi; }

# SVC_EXEC: prefix that execs a command as the service user (as itself when not root). setpriv
# (util-linux) changes the ids and execs in place: unlike runuser/su it leaves no parent process
# behind (su/runuser SIGKILL their child 2 s after forwarding a SIGTERM: no graceful shutdown).
if [ "$IS_ROOT" -eq 1 ]; then
    SVC_EXEC=(setpriv --reuid="$HELPDESK_USER" --regid="$HELPDESK_USER" --init-groups --
              env HOME="$HELPDESK_HOME" USER="$HELPDESK_USER" LOGNAME="$HELPDESK_USER")
else
    SVC_EXEC=(env)
fi
as_svc_user() { "${SVC_EXEC[@]}" "$@"; }

ensure_svc_user() {
    [ "$IS_ROOT" -eq 1 ] || return 0
    id -u "$HELPDESK_USER" >/dev/null 2>&1 && return 0
    local nologin=/usr/sbin/nologin
    [ -x "$nologin" ] || nologin=/bin/false
    useradd --system --user-group --home-dir "$HELPDESK_HOME" --no-create-home \
        --shell "$nologin" --comment "help-desk local services" "$HELPDESK_USER"
}

# svc_dir DIR...: create directories owned by the service user, readable by everyone
svc_dir() {
    mkdir -p "$@"
    chmod 755 "$@"
    if [ "$IS_ROOT" -eq 1 ]; then chown "$HELPDESK_USER:" "$@"; fi
}

ensure_layout() {
    ensure_svc_user
    svc_dir "$HELPDESK_HOME" "$DIST_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR" "$TMP_DIR"
}

# one up/down at a time: re-run this script under flock(1). --close: the script itself does not
# get the lock's file descriptor, so services started by it (postgres, redis, the JVMs) do not
# inherit it and cannot keep the lock held after this script has finished.
lock_launcher() {
    [ -n "${HELPDESK_LAUNCHER_LOCKED:-}" ] && return 0
    mkdir -p "$RUN_DIR"
    HELPDESK_LAUNCHER_LOCKED=1 exec flock --close -w 900 -E 75 "$RUN_DIR/launcher.lock" \
        bash "$INFRA_DIR/services.sh" "$@"
}

apt_install() {
    [ "$IS_ROOT" -eq 1 ] || return 1
    command -v apt-get >/dev/null 2>&1 || return 1
    echo "services.sh: installing $* with apt-get" >&2
    {
        DEBIAN_FRONTEND=noninteractive apt-get update -q &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
    } >>"$LOG_DIR/apt.log" 2>&1 || { show_log_tail "$LOG_DIR/apt.log"; return 1; }
}

# group_alive PID: a live (non-zombie) process is left in the session PID (ps rather than kill -0,
# which fails with EPERM for another user's processes)
group_alive() { ps -o stat= --sid "$1" 2>/dev/null | grep -qv '^Z'; }

# pid_file_alive NAME PATTERN: prints the pid from run/NAME.pid when that process group is alive
# and its command line matches PATTERN (guards against stale pid files after a reboot)
pid_file_alive() {
    local f=$RUN_DIR/$1.pid pid
    [ -s "$f" ] || return 1
    pid=$(head -n 1 "$f")
    case $pid in '' | *[!0-9]*) return 1 ;; esac
    group_alive "$pid" || return 1
    ps -o args= --sid "$pid" 2>/dev/null | grep -q -- "$2" || return 1
    echo "$pid"
}

# launch NAME LOG CMD...: start CMD as the service user, detached in its own session (so it
# survives this shell and can be stopped as a process group); its pid goes to run/NAME.pid
launch() {
    local name=$1 log=$2 pidf=$RUN_DIR/$1.pid
    shift 2
    rm -f "$pidf"
    [ -f "$log" ] && mv -f "$log" "$log.1"
    : >"$log"
    chmod 644 "$log"
    if [ "$IS_ROOT" -eq 1 ]; then chown "$HELPDESK_USER:" "$log"; fi
    (
        cd "$HELPDESK_HOME"
        # setsid: new session and process group (pid == pgid); SVC_EXEC execs in place
        exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "${SVC_EXEC[@]}" "$@"
    ) </dev/null >>"$log" 2>&1 &
    local _
    for _ in $(seq 1 50); do [ -s "$pidf" ] && return 0; sleep 0.1; done
    die "$name: could not start (no pid file $pidf)"
}

# not_ours NAME PROBE ADDRESS: the `down` line of a service this launcher did not start
not_ours() {
    if "$2"; then
        report "$1" running "$3" "(left running: not started by this launcher)"
    else
        report "$1" stopped "" "(was not running)"
    fi
}

# kill_group PID TIMEOUT: SIGTERM the process group PID, wait up to TIMEOUT s for it to exit, then
# SIGKILL it; prints nothing
kill_group() {
    local pid=$1 timeout=$2 _
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((timeout * 5))); do
        group_alive "$pid" || return 0
        sleep 0.2
    done
    echo "services.sh: process group $pid did not stop within ${timeout}s, killing it" >&2
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
}

# stop_group NAME PATTERN TIMEOUT: stop the service this launcher started (run/NAME.pid), if any
stop_group() {
    local name=$1 pattern=$2 timeout=$3 pid t0
    t0=$(now_ms)
    if ! pid=$(pid_file_alive "$name" "$pattern"); then
        rm -f "$RUN_DIR/$name.pid"
        return 1
    fi
    kill_group "$pid" "$timeout"
    rm -f "$RUN_DIR/$name.pid"
    report "$name" stopped "" "(pid $pid, $(elapsed "$t0"))"
}

# wait_ready NAME TIMEOUT PROBE_FN [LOG...]: poll PROBE_FN until it succeeds. A service started
# by this launcher (run/NAME.pid) that exits meanwhile fails at once; one that is not ready in
# time is stopped again (no half-started leftovers). Failures show the tail of the logs.
wait_ready() {
    local name=$1 timeout=$2 probe=$3 deadline pidf=$RUN_DIR/$1.pid pid=""
    shift 3
    [ -s "$pidf" ] && pid=$(head -n 1 "$pidf")
    deadline=$(( $(date +%s) + timeout ))
    while ! "$probe"; do
        if [ -n "$pid" ] && ! group_alive "$pid"; then
            echo "services.sh: $name exited before it became ready" >&2
            rm -f "$pidf"
            show_log_tail "$@"
            return 1
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "services.sh: $name not ready within ${timeout}s" >&2
            show_log_tail "$@"
            if [ -n "$pid" ]; then
                echo "services.sh: stopping $name (pid $pid)" >&2
                kill_group "$pid" 30
                rm -f "$pidf"
            fi
            return 1
        fi
        sleep 0.5
    done
}

# fetch_dist GROUP:ARTIFACT:VERSION:zip TOP_DIR: resolve through Maven (Maven Central, local
# repository ~/.m2) and unpack once into dist/ (TOP_DIR is the zip's top-level directory)
fetch_dist() {
    local gav=$1 top=$2 dl=$HELPDESK_HOME/downloads zip stage
    [ -f "$DIST_DIR/$top/.helpdesk-unpacked" ] && return 0
    command -v mvn >/dev/null 2>&1 || die "mvn not found: needed to resolve $gav from Maven Central"
    mkdir -p "$dl"
    # run outside any project (no pom.xml here), so the goal runs exactly once
    echo "services.sh: resolving $gav with Maven" >&2
    if ! (cd "$dl" && mvn -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="$gav" -DoutputDirectory="$dl" -Dmdep.useBaseVersion=true) \
            >>"$LOG_DIR/dist.log" 2>&1; then
        show_log_tail "$LOG_DIR/dist.log"
        die "could not resolve $gav (see $LOG_DIR/dist.log)"
    fi
    zip=$dl/$(echo "$gav" | cut -d: -f2)-$(echo "$gav" | cut -d: -f3).zip   # artifactId-version.zip
    [ -f "$zip" ] || die "$gav: $zip not found after the download"
    echo "services.sh: unpacking $(basename "$zip") into $DIST_DIR" >&2
    stage=$(mktemp -d "$DIST_DIR/.unpack.XXXXXX")
    if command -v unzip >/dev/null 2>&1; then
        unzip -q "$zip" -d "$stage"
    else
        (cd "$stage" && "$JAVA_HOME/bin/jar" xf "$zip")
        chmod -R u+x,go+x "$stage/$top/bin"
    fi
    [ -d "$stage/$top" ] || die "$zip has no top-level directory $top"
    rm -rf "${DIST_DIR:?}/$top"
    mv "$stage/$top" "$DIST_DIR/$top"
    rmdir "$stage"
    touch "$DIST_DIR/$top/.helpdesk-unpacked"
    chmod -R go+rX "$DIST_DIR/$top"
    if [ "$IS_ROOT" -eq 1 ]; then chown -R "$HELPDESK_USER:" "$DIST_DIR/$top"; fi
    rm -f "$zip"   # the zip stays in the Maven repository
}

# ----------------------------------------------------------------------------------------------
# PostgreSQL

PG_VER="" PG_CLUSTER=""

pg_probe() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -t 2 >/dev/null 2>&1; }

# the local cluster listening on (or configured for) $PG_PORT; falls back to the only "main"
pg_find_cluster() {
    local line
    command -v pg_lsclusters >/dev/null 2>&1 || return 1
    line=$(pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p { print; exit }')
    [ -n "$line" ] || line=$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main"' | sort -k1,1V | tail -n 1)
    [ -n "$line" ] || return 1
    PG_VER=$(echo "$line" | awk '{print $1}')
    PG_CLUSTER=$(echo "$line" | awk '{print $2}')
}

pg_cluster_log() {
    if pg_find_cluster; then
        pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VER" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $7 }'
    fi
}

# psql_admin ARGS...: psql as the postgres superuser (peer auth over the socket when root)
psql_admin() {
    if [ "$IS_ROOT" -eq 1 ]; then
        (cd / && runuser -u postgres -- psql -X -q -p "$PG_PORT" "$@")
    else
        psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"
    fi
}

pg_ensure_roles() {
    psql_admin -d postgres -v ON_ERROR_STOP=1 \
        -v owner_password="$DB_OWNER_PASSWORD" -v app_password="$DB_APP_PASSWORD" \
        -f - <"$PG_INIT_SQL" >>"$LOG_DIR/postgresql.log" 2>&1
}

up_postgresql() {
    local t0 note log
    t0=$(now_ms)
    log=$LOG_DIR/postgresql.log
    if pg_probe; then
        note="already running"
    else
        if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
            apt_install postgresql ||
                die "postgresql: not running on 127.0.0.1:$PG_PORT and not installed (install the Debian package postgresql, as root)"
        fi
        if pg_probe; then
            note="installed, started by its package"
        else
            if ! pg_find_cluster; then
                [ "$IS_ROOT" -eq 1 ] || die "postgresql: no cluster found (pg_lsclusters); create one as root: pg_createcluster --start <version> main"
                PG_VER=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
                PG_CLUSTER=main
                echo "services.sh: creating cluster $PG_VER/main" >&2
                pg_createcluster -p "$PG_PORT" "$PG_VER" main >>"$log" 2>&1 || { show_log_tail "$log"; die "postgresql: pg_createcluster failed"; }
            fi
            echo "[$(date -Is)] pg_ctlcluster $PG_VER $PG_CLUSTER start" >>"$log"
            if ! pg_ctlcluster --skip-systemctl-redirect "$PG_VER" "$PG_CLUSTER" start >>"$log" 2>&1; then
                show_log_tail "$log" "$(pg_cluster_log)"
                [ "$IS_ROOT" -eq 1 ] || echo "services.sh: (starting a system cluster usually needs root)" >&2
                die "postgresql: pg_ctlcluster $PG_VER $PG_CLUSTER start failed"
            fi
            # marker: this launcher started the cluster, so `down` may stop it
            echo "$PG_VER $PG_CLUSTER" >"$RUN_DIR/postgresql.launcher"
            local pm=/var/lib/postgresql/$PG_VER/$PG_CLUSTER/postmaster.pid
            if [ -r "$pm" ]; then head -n 1 "$pm" >"$RUN_DIR/postgresql.pid"; fi
            note="started"
        fi
        wait_ready postgresql "$PG_TIMEOUT" pg_probe "$log" "$(pg_cluster_log)" || exit 1
    fi
    if ! pg_ensure_roles; then
        show_log_tail "$log"
        die "postgresql: could not create the roles/databases (infra/postgres/init-roles.sql)"
    fi
    report postgresql ready "127.0.0.1:$PG_PORT" "($note, roles/databases ensured, $(elapsed "$t0"))"
}

down_postgresql() {
    local f=$RUN_DIR/postgresql.launcher ver cluster t0
    if [ ! -s "$f" ]; then
        not_ours postgresql pg_probe "127.0.0.1:$PG_PORT"
        return 0
    fi
    read -r ver cluster <"$f"
    t0=$(now_ms)
    # stopped and started again by someone else since: not ours any more
    local pm=/var/lib/postgresql/$ver/$cluster/postmaster.pid
    if [ -s "$RUN_DIR/postgresql.pid" ] && [ -r "$pm" ] &&
        [ "$(head -n 1 "$pm")" != "$(cat "$RUN_DIR/postgresql.pid")" ]; then
        rm -f "$f" "$RUN_DIR/postgresql.pid"
        not_ours postgresql pg_probe "127.0.0.1:$PG_PORT"
        return 0
    fi
    if pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" status >/dev/null 2>&1; then
        echo "[$(date -Is)] pg_ctlcluster $ver $cluster stop" >>"$LOG_DIR/postgresql.log"
        pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop -m fast >>"$LOG_DIR/postgresql.log" 2>&1 ||
            die "postgresql: pg_ctlcluster $ver $cluster stop failed"
        report postgresql stopped "" "($ver/$cluster, $(elapsed "$t0"))"
    else
        report postgresql stopped "" "(was not running)"
    fi
    rm -f "$f" "$RUN_DIR/postgresql.pid"
}

# ----------------------------------------------------------------------------------------------
# Redis

redis_probe() { [ "$(timeout 3 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; }

up_redis() {
    local t0 note log=$LOG_DIR/redis.log dir=$DATA_DIR/redis
    t0=$(now_ms)
    if ! command -v redis-cli >/dev/null 2>&1 || ! command -v redis-server >/dev/null 2>&1; then
        apt_install redis-server ||
            die "redis: redis-server/redis-cli not installed (install the Debian package redis-server, as root)"
    fi
    if redis_probe; then
        note="already running"
    else
        svc_dir "$dir"
        rm -f "$RUN_DIR/redis.pid"
        [ -f "$log" ] && mv -f "$log" "$log.1"
        : >"$log"
        if [ "$IS_ROOT" -eq 1 ]; then chown "$HELPDESK_USER:" "$log"; fi
        # redis daemonizes itself (own session) and writes run/redis.pid
        if ! (cd "$dir" && as_svc_user redis-server --daemonize yes --bind 127.0.0.1 -::1 \
                --port "$REDIS_PORT" --protected-mode yes --save "" --appendonly no \
                --dir "$dir" --logfile "$log" --pidfile "$RUN_DIR/redis.pid") </dev/null >>"$log" 2>&1; then
            show_log_tail "$log"
            die "redis: redis-server failed to start"
        fi
        wait_ready redis "$REDIS_TIMEOUT" redis_probe "$log" || exit 1
        note="started"
    fi
    report redis ready "127.0.0.1:$REDIS_PORT" "($note, $(elapsed "$t0"))"
}

down_redis() {
    stop_group redis redis-server 30 || not_ours redis redis_probe "127.0.0.1:$REDIS_PORT"
}

# ----------------------------------------------------------------------------------------------
# Elasticsearch

es_probe() {
    curl -s -m 3 "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null |
        grep -Eq '"status":"(yellow|green)"'
}

# Elasticsearch reads its configuration from $HELPDESK_HOME/config/elasticsearch (ES_PATH_CONF), not
# from the unpacked distribution: elasticsearch.yml is rewritten on every start, the rest is copied
# once from the distribution. (Started once without `xpack.security.enabled` in its configuration,
# Elasticsearch would auto-configure TLS and passwords and append them to its elasticsearch.yml.)
write_es_config() {
    local conf=$ES_CONF_DIR f
    svc_dir "$conf" "$conf/jvm.options.d"
    for f in jvm.options log4j2.properties; do
        [ -f "$conf/$f" ] || install -m 644 "$ES_HOME/config/$f" "$conf/$f"
    done
    cat >"$conf/elasticsearch.yml.new" <<YML
# Generated by infra/services.sh on every start: edit the script, not this file.
cluster.name: helpdesk-dev
node.name: helpdesk-dev-1
discovery.type: single-node
# loopback only (HTTP and transport)
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: 9300-9399
path.data: $DATA_DIR/elasticsearch
path.logs: $LOG_DIR/elasticsearch
# Security is off ONLY because the node listens on loopback. Setting it explicitly also keeps
# Elasticsearch from auto-configuring TLS and a random elastic password on its first start.
xpack.security.enabled: false
# CI disks are often nearly full: do not refuse to allocate shards because of disk watermarks.
cluster.routing.allocation.disk.threshold_enabled: false
# The integ-test zip has only the core modules plus x-pack-core/x-pack-security: settings of
# modules it lacks are rejected at startup (e.g. ingest.geoip.downloader.enabled: "unknown setting").
YML
    mv -f "$conf/elasticsearch.yml.new" "$conf/elasticsearch.yml"
    chmod 644 "$conf"/*.yml "$conf"/*.options "$conf"/*.properties
    if [ "$IS_ROOT" -eq 1 ]; then chown -R "$HELPDESK_USER:" "$conf"; fi
}

start_elasticsearch() {
    svc_dir "$DATA_DIR/elasticsearch" "$LOG_DIR/elasticsearch" "$TMP_DIR/elasticsearch" "$HELPDESK_HOME/config"
    write_es_config
    launch elasticsearch "$LOG_DIR/elasticsearch.log" \
        env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$ES_CONF_DIR" \
        ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" ES_TMPDIR="$TMP_DIR/elasticsearch" \
        "$ES_HOME/bin/elasticsearch"
}

up_elasticsearch() {
    local t0 note
    t0=$(now_ms)
    if es_probe; then
        note="already running"
    else
        fetch_dist "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" "elasticsearch-$ES_VERSION"
        start_elasticsearch
        wait_ready elasticsearch "$ES_TIMEOUT" es_probe \
            "$LOG_DIR/elasticsearch.log" "$LOG_DIR/elasticsearch/helpdesk-dev.log" || return 1
        note="started"
    fi
    report elasticsearch ready "127.0.0.1:$ES_PORT" "($note, $(elapsed "$t0"))"
}

down_elasticsearch() {
    stop_group elasticsearch "$ES_HOME" 60 || not_ours elasticsearch es_probe "127.0.0.1:$ES_PORT"
}

# ----------------------------------------------------------------------------------------------
# Keycloak

kc_probe() {
    curl -sf -m 3 -o /dev/null "http://127.0.0.1:$KC_PORT/realms/helpdesk/.well-known/openid-configuration" 2>/dev/null
}

realm_sum() { sha256sum "$REALM_FILE" | cut -d' ' -f1; }
KC_SUM_FILE=$KC_HOME/data/helpdesk-realm.sha256

start_keycloak() {
    local sum note=""
    sum=$(realm_sum)
    # start-dev skips a realm that exists already: when the checked-in realm changed since the
    # last import, drop the dev database so that the file wins
    if [ "$(cat "$KC_SUM_FILE" 2>/dev/null)" != "$sum" ]; then
        if [ -d "$KC_HOME/data/h2" ]; then
            rm -rf "$KC_HOME/data/h2" "$KC_SUM_FILE"
            note="realm file changed: dev database reset, "
        fi
    fi
    svc_dir "$KC_HOME/data" "$KC_HOME/data/import"
    install -m 644 "$REALM_FILE" "$KC_HOME/data/import/helpdesk-realm.json"
    if [ "$IS_ROOT" -eq 1 ]; then chown "$HELPDESK_USER:" "$KC_HOME/data/import/helpdesk-realm.json"; fi
    # on Java 24+: let JBoss threads reset thread locals (else an IllegalAccessError at shutdown)
    # and let Netty use sun.misc.Unsafe without a warning at every start
    local opens="--add-opens=java.base/java.lang=ALL-UNNAMED" major
    major=$(helpdesk_java_major "$(helpdesk_java_version "$JAVA_HOME")")
    if [ "$major" -ge 24 ]; then opens="$opens --sun-misc-unsafe-memory-access=allow"; fi
    launch keycloak "$LOG_DIR/keycloak.log" \
        JAVA_HOME="$JAVA_HOME" JAVA_OPTS_APPEND="$opens" \
        KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
        JAVA_OPTS_KC_HEAP="-Xms64m -Xmx$KC_HEAP" \
        "$KC_HOME/bin/kc.sh" start-dev \
            --http-host=127.0.0.1 --http-port="$KC_PORT" \
            --http-management-port="$KC_MGMT_PORT" \
            --hostname="$KC_HOSTNAME" \
            --health-enabled=true \
            --import-realm
    KC_START_NOTE=$note
}

up_keycloak() {
    local t0 note="" sum
    t0=$(now_ms)
    KC_START_NOTE=""
    if kc_probe; then
        note="already running"
        sum=$(realm_sum)
        if [ -f "$KC_SUM_FILE" ] && [ "$(cat "$KC_SUM_FILE")" != "$sum" ]; then
            if pid_file_alive keycloak "$KC_HOME" >/dev/null; then
                echo "services.sh: keycloak: $REALM_FILE changed since the import, restarting" >&2
                stop_group keycloak "$KC_HOME" 60 >/dev/null
                note=""
            else
                echo "services.sh: warning: keycloak (not started by this launcher) runs an older import of $REALM_FILE" >&2
            fi
        fi
    fi
    if [ -z "$note" ]; then
        fetch_dist "org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "keycloak-$KC_VERSION"
        start_keycloak
        wait_ready keycloak "$KC_TIMEOUT" kc_probe "$LOG_DIR/keycloak.log" || return 1
        realm_sum >"$KC_SUM_FILE"
        note="${KC_START_NOTE}started"
    fi
    report keycloak ready "127.0.0.1:$KC_PORT" "($note, $(elapsed "$t0"))"
}

down_keycloak() {
    stop_group keycloak "$KC_HOME" 60 || not_ours keycloak kc_probe "127.0.0.1:$KC_PORT"
}

# ----------------------------------------------------------------------------------------------
# commands

cmd_up() {
    local t0 rc=0 es_pid kc_pid
    t0=$(now_ms)
    lock_launcher up
    ensure_layout
    # shellcheck disable=SC1091
    . "$INFRA_DIR/lib/jdk.sh"
    [ -r "$REALM_FILE" ] || die "missing $REALM_FILE"
    echo "services.sh up: HELPDESK_HOME=$HELPDESK_HOME, JAVA_HOME=$JAVA_HOME, service user $(svc_user)"
    up_postgresql
    up_redis
    # the distributions are resolved one after the other (Maven's local repository is not safe
    # for concurrent writers); the two slow JVMs then start and warm up in parallel
    if ! es_probe; then
        fetch_dist "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" "elasticsearch-$ES_VERSION"
    fi
    if ! kc_probe; then
        fetch_dist "org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "keycloak-$KC_VERSION"
    fi
    up_elasticsearch &
    es_pid=$!
    up_keycloak &
    kc_pid=$!
    wait "$es_pid" || rc=1
    wait "$kc_pid" || rc=1
    if [ "$rc" -ne 0 ]; then
        echo "services.sh up: FAILED after $(elapsed "$t0")" >&2
        exit 1
    fi
    echo "services.sh up: all services ready in $(elapsed "$t0")"
}

cmd_down() {
    local t0
    t0=$(now_ms)
    lock_launcher down
    down_keycloak
    down_elasticsearch
    down_redis
    down_postgresql
    echo "services.sh down: done in $(elapsed "$t0")"
}

# status_line NAME PROBE ADDRESS LOG PATTERN
status_line() {
    local name=$1 probe=$2 addr=$3 log=$4 pattern=$5 state who pid
    if "$probe"; then state=running; else state=stopped; fi
    who=""
    if [ "$name" = postgresql ]; then
        if [ "$state" = running ] && [ -s "$RUN_DIR/postgresql.launcher" ]; then
            who="started by launcher ($(cat "$RUN_DIR/postgresql.launcher"))"
        elif [ "$state" = running ]; then
            who="external"
        fi
    elif pid=$(pid_file_alive "$name" "$pattern"); then
        who="started by launcher, pid $pid"
    elif [ "$state" = running ]; then
        who="external"
    fi
    printf '%-14s %-8s %-16s log %s%s\n' "$name" "$state" "$addr" "$log" "${who:+  ($who)}"
}

cmd_status() {
    local rc=0 pglog
    pglog=$(pg_cluster_log || true)
    status_line postgresql pg_probe "127.0.0.1:$PG_PORT" "${pglog:-$LOG_DIR/postgresql.log}" postgres || true
    status_line redis redis_probe "127.0.0.1:$REDIS_PORT" "$LOG_DIR/redis.log" redis-server
    status_line elasticsearch es_probe "127.0.0.1:$ES_PORT" "$LOG_DIR/elasticsearch.log" "$ES_HOME"
    status_line keycloak kc_probe "127.0.0.1:$KC_PORT" "$LOG_DIR/keycloak.log" "$KC_HOME"
    pg_probe && redis_probe && es_probe && kc_probe || rc=3
    return $rc
}

case "${1:-}" in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    *)
        echo "usage: $0 up|down|status" >&2
        exit 2
        ;;
esac
