#!/usr/bin/env bash
# Operates the known-fix search of a running platform, as a platform admin:
#   infra/known-fixes.sh seed [file]       imports a JSON Lines corpus (default: infra/demo/known-fixes.jsonl,
#                                          tenants named by slug) through the platform's import and outbox
#   infra/known-fixes.sh reindex [tenant]  rebuilds the index from PostgreSQL: one tenant in place, or all
#                                          tenants into a new index behind the alias
# The demo platform (infra/demo.sh) seeds the demo tenants by itself at its first start.
# Environment: PLATFORM_URL (http://127.0.0.1:8080), KEYCLOAK_URL (http://127.0.0.1:8180),
# ADMIN_USER / ADMIN_PASSWORD (platform-admin / demo: the loopback demo realm's).
set -euo pipefail
cd "$(dirname "$0")/.."

platform="${PLATFORM_URL:-http://127.0.0.1:8080}"
keycloak="${KEYCLOAK_URL:-http://127.0.0.1:8180}"

token() {
    curl -sf -d grant_type=password -d client_id=helpdesk-cli -d "username=${ADMIN_USER:-platform-admin}" \
        -d "password=${ADMIN_PASSWORD:-demo}" "$keycloak/realms/helpdesk/protocol/openid-connect/token" \
        | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

case "${1:-}" in
    seed)
        file="${2:-infra/demo/known-fixes.jsonl}"
        curl -sS --fail-with-body -X POST -H "Authorization: Bearer $(token)" \
            -H 'Content-Type: application/x-ndjson' --data-binary "@$file" "$platform/api/platform/known-fixes/import"
        echo
        ;;
    reindex)
        query=""
        if [ -n "${2:-}" ]; then query="?tenant=$2"; fi
        curl -sS --fail-with-body -X POST -H "Authorization: Bearer $(token)" \
            "$platform/api/platform/known-fixes/reindex$query"
        echo
        ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
