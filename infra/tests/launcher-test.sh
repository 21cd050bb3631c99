#!/usr/bin/env bash
# End-to-end test of infra/services.sh, against the real services:
#   1. stops everything: `services.sh down`, then PostgreSQL and Redis even when something else
#      started them (pg_ctlcluster stop / redis-cli shutdown nosave), and checks nothing answers;
#   2. cold `services.sh up`: every service answers (pg_isready, redis PONG, Elasticsearch
#      cluster health, Keycloak's OpenID discovery document, a real token from the imported
#      realm) and helpdesk_app logs in to helpdesk_test over TCP with its password;
#   3. warm `services.sh up`: succeeds quickly, restarts nothing (same pids), all still answer;
#   4. `services.sh status` reports every service running with its address and log.
# Leaves all services running. Prints TAP-like `ok - ...` / `not ok - ...` lines and a final
# `launcher: N passed, M failed`; exits 1 when a check failed.
# Stopping the system PostgreSQL needs root; run it as root (as CI does).
set -uo pipefail

INFRA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVICES=$INFRA_DIR/services.sh
if [ "$(id -u)" -eq 0 ]; then
    HELPDESK_HOME=${HELPDESK_HOME:-/var/lib/helpdesk-dev}
else
    HELPDESK_HOME=${HELPDESK_HOME:-$HOME/.helpdesk-dev}
fi
export HELPDESK_HOME
PG_PORT=${HELPDESK_PG_PORT:-5432}
REDIS_PORT=${HELPDESK_REDIS_PORT:-6379}
ES_PORT=${HELPDESK_ES_PORT:-9200}
KC_PORT=${HELPDESK_KC_PORT:-8180}
APP_PASSWORD=${HELPDESK_DB_APP_PASSWORD:-helpdesk_app}
OWNER_PASSWORD=${HELPDESK_DB_OWNER_PASSWORD:-helpdesk_owner}
WARM_LIMIT_S=${LAUNCHER_TEST_WARM_LIMIT_S:-10}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - $*"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $*"; }
# check DESCRIPTION CMD...: ok when CMD succeeds
check() {
    local desc=$1
    shift
    if "$@" >"$WORK/check.out" 2>&1; then ok "$desc"; else
        not_ok "$desc"
        sed 's/^/#   /' "$WORK/check.out" | tail -n 15
    fi
}
note() { echo "# $*"; }
now_ms() { date +%s%3N; }

# ---- probes -------------------------------------------------------------------------------
pg_up() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -t 2; }
redis_up() { [ "$(timeout 3 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }
es_up() {
    curl -s -m 5 "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" |
        grep -Eq '"status":"(yellow|green)"'
}
kc_up() {
    curl -sf -m 5 "http://127.0.0.1:$KC_PORT/realms/helpdesk/.well-known/openid-configuration" |
        grep -q "\"issuer\":\"http://127.0.0.1:$KC_PORT/realms/helpdesk\""
}
app_login() {
    # over TCP with the password: works with trust as with Debian's scram-sha-256 pg_hba
    local out
    out=$(PGPASSWORD=$APP_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -At -h 127.0.0.1 -p "$PG_PORT" \
        -U helpdesk_app -d helpdesk_test -c \
        "select current_user, r.rolsuper, r.rolbypassrls from pg_roles r where r.rolname = current_user") || return 1
    echo "$out"
    [ "$out" = "helpdesk_app|f|f" ]
}
owner_can_create() {
    PGPASSWORD=$OWNER_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" \
        -U helpdesk_owner -d helpdesk_test -v ON_ERROR_STOP=1 \
        -c "create table public.launcher_test_probe (id int)" -c "drop table public.launcher_test_probe"
}
# a real token from the imported realm: aud, organization and roles as the platform expects them
kc_token_ok() {
    local resp payload
    resp=$(curl -s -m 10 -d grant_type=password -d client_id=helpdesk-cli -d username=kunlun-agent \
        -d password=demo "http://127.0.0.1:$KC_PORT/realms/helpdesk/protocol/openid-connect/token") || return 1
    payload=$(printf '%s' "$resp" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' | cut -d. -f2 | tr '_-' '/+')
    [ -n "$payload" ] || { echo "no token: $resp"; return 1; }
    while [ $((${#payload} % 4)) -ne 0 ]; do payload="$payload="; done
    payload=$(printf '%s' "$payload" | base64 -d 2>/dev/null)
    echo "$payload"
    echo "$payload" | grep -q '"organization":\["kunlun"\]' &&
        echo "$payload" | grep -Eq '"aud":("helpdesk-platform"|\[[^]]*"helpdesk-platform")' &&
        echo "$payload" | grep -Eq '"realm_access":\{"roles":\[[^]]*"agent"'
}
all_answer() {
    local s=0
    pg_up || { echo "postgresql does not answer"; s=1; }
    redis_up || { echo "redis does not answer"; s=1; }
    es_up || { echo "elasticsearch does not answer"; s=1; }
    kc_up || { echo "keycloak does not answer"; s=1; }
    return $s
}
none_answers() {
    local s=0
    pg_up && { echo "postgresql still answers"; s=1; }
    redis_up && { echo "redis still answers"; s=1; }
    es_up && { echo "elasticsearch still answers"; s=1; }
    kc_up && { echo "keycloak still answers"; s=1; }
    return $s
}
# pids of the running services (postmaster from pg_lsclusters' data directory)
service_pids() {
    local f pm
    for f in redis elasticsearch keycloak; do
        printf '%s=%s ' "$f" "$(cat "$HELPDESK_HOME/run/$f.pid" 2>/dev/null || echo none)"
    done
    pm=$(pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p { print $6 "/postmaster.pid" }')
    printf 'postgresql=%s\n' "$(head -n 1 "$pm" 2>/dev/null || echo none)"
}

# ---- 1. stop everything -------------------------------------------------------------------
note "stopping everything"
"$SERVICES" down | sed 's/^/#   /'
if pg_up; then
    if [ "$(id -u)" -eq 0 ]; then
        pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p && $4 == "online" { print $1, $2 }' |
            while read -r ver cluster; do
                note "pg_ctlcluster $ver $cluster stop"
                pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop -m fast
            done
    else
        note "not root: cannot stop the system PostgreSQL"
    fi
fi
if redis_up; then
    note "redis-cli shutdown nosave"
    timeout 10 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    for _ in $(seq 1 50); do redis_up || break; sleep 0.2; done
fi
check "nothing answers before the cold start" none_answers

# ---- 2. cold up ---------------------------------------------------------------------------
t0=$(now_ms)
"$SERVICES" up >"$WORK/up1.out" 2>&1
rc=$?
cold_ms=$(( $(now_ms) - t0 ))
sed 's/^/#   /' "$WORK/up1.out"
if [ "$rc" -eq 0 ]; then ok "cold up succeeds ($((cold_ms / 1000)).$(( (cold_ms % 1000) / 100 ))s)"; else not_ok "cold up succeeds (exit $rc)"; fi
check "postgresql answers (pg_isready 127.0.0.1:$PG_PORT)" pg_up
check "redis answers PONG (127.0.0.1:$REDIS_PORT)" redis_up
check "elasticsearch cluster health is yellow or green (127.0.0.1:$ES_PORT)" es_up
check "keycloak serves the helpdesk realm's OpenID configuration (127.0.0.1:$KC_PORT)" kc_up
check "helpdesk_app logs in to helpdesk_test over TCP with its password (no superuser, no BYPASSRLS)" app_login
check "helpdesk_owner can create tables in helpdesk_test's public schema" owner_can_create
check "keycloak issues kunlun-agent a token with aud helpdesk-platform, organization [kunlun], role agent" kc_token_ok

# ---- 3. warm up ---------------------------------------------------------------------------
pids_before=$(service_pids)
t0=$(now_ms)
"$SERVICES" up >"$WORK/up2.out" 2>&1
rc=$?
warm_ms=$(( $(now_ms) - t0 ))
sed 's/^/#   /' "$WORK/up2.out"
pids_after=$(service_pids)
if [ "$rc" -eq 0 ]; then ok "warm up succeeds"; else not_ok "warm up succeeds (exit $rc)"; fi
if [ "$warm_ms" -le $((WARM_LIMIT_S * 1000)) ]; then
    ok "warm up is quick ($((warm_ms / 1000)).$(( (warm_ms % 1000) / 100 ))s <= ${WARM_LIMIT_S}s)"
else
    not_ok "warm up is quick ($((warm_ms / 1000)).$(( (warm_ms % 1000) / 100 ))s > ${WARM_LIMIT_S}s)"
fi
if [ "$pids_before" = "$pids_after" ] && ! echo "$pids_after" | grep -q none; then
    ok "warm up restarts nothing (pids $pids_after)"
else
    not_ok "warm up restarts nothing (before: $pids_before; after: $pids_after)"
fi
if [ "$(grep -c '(already running' "$WORK/up2.out")" -eq 4 ]; then
    ok "warm up reports all 4 services as already running"
else
    not_ok "warm up reports all 4 services as already running"
fi
check "all services still answer after the warm up" all_answer

# ---- 4. status ----------------------------------------------------------------------------
"$SERVICES" status >"$WORK/status.out" 2>&1
rc=$?
sed 's/^/#   /' "$WORK/status.out"
status_ok() {
    local s=0 name port
    [ "$rc" -eq 0 ] || { echo "status exited $rc"; s=1; }
    for name in postgresql:$PG_PORT redis:$REDIS_PORT elasticsearch:$ES_PORT keycloak:$KC_PORT; do
        port=${name#*:}
        name=${name%%:*}
        grep -Eq "^$name +running +127\.0\.0\.1:$port +log /" "$WORK/status.out" ||
            { echo "no 'running 127.0.0.1:$port log ...' line for $name"; s=1; }
    done
    return $s
}
check "status lists every service as running with its address and log" status_ok

echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
