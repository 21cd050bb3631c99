#!/usr/bin/env bash
# Starts the whole product with demo data: the real services, then the platform with the
# demo tenants. Ctrl-C stops the platform; `infra/services.sh down` stops the services.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/jdk.sh
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

bash infra/services.sh up
mvn -B -ntp -q -DskipTests install
port="${HELPDESK_PORT:-8080}"
cat <<MSG

  The help-desk starts on http://127.0.0.1:${port}/
  Log in through Keycloak (http://127.0.0.1:8180/realms/helpdesk/account) with password "demo" as:
    kunlun-agent, kunlun-supervisor, kunlun-admin   (and the same for sunhome-, huaxin-)
    platform-admin
  API description: http://127.0.0.1:${port}/v3/api-docs    Health: http://127.0.0.1:${port}/actuator/health
  Platform log: logs/platform.log    Service logs: see infra/services.sh status

MSG
exec java -jar platform/target/platform-*.jar --spring.profiles.active=demo
