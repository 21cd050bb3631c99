#!/usr/bin/env bash
# Mounted as /docker-entrypoint-initdb.d/10-helpdesk.sh in the postgres container (see
# infra/compose.yaml); runs once, on the first start with an empty data volume. The SQL itself
# is shared with the local launcher (infra/services.sh): infra/postgres/init-roles.sql.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-postgres}" \
    -v owner_password="${HELPDESK_DB_OWNER_PASSWORD:-helpdesk_owner}" \
    -v app_password="${HELPDESK_DB_APP_PASSWORD:-helpdesk_app}" \
    -f /helpdesk/postgres/init-roles.sql
