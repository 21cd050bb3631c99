#!/usr/bin/env bash
# Starts the whole product with demo data: the real services, the simulated Asterisk (a call to
# sunhome's 7x24 hotline every 30 s, through the real IVR, ringing the desk phones of sunhome-agent
# and sunhome-supervisor, 3001 and 3009), then the platform with the demo tenants. Ctrl-C stops the platform
# and the simulator; `infra/services.sh down` stops the services. DEMO_CALL_RATE=0 places no calls.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/jdk.sh
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

bash infra/services.sh up
bash infra/lib/fonts.sh
mvn -B -ntp -q -DskipTests install
mkdir -p logs
port="${HELPDESK_PORT:-8080}"
cat <<MSG

  The help-desk starts on http://127.0.0.1:${port}/
  Log in through Keycloak (http://127.0.0.1:8180/realms/helpdesk/account) with password "demo" as:
    kunlun-agent, kunlun-supervisor, kunlun-admin   (and the same for sunhome-, huaxin-)
    platform-admin
  API description: http://127.0.0.1:${port}/v3/api-docs    Health: http://127.0.0.1:${port}/actuator/health
  Platform log: logs/platform.log    Service logs: see infra/services.sh status

MSG
rate="${DEMO_CALL_RATE:-0.033}"
scenario=answered
if [ "$rate" = "0" ]; then scenario=none; fi
java -jar infra/pbx-simulator/target/pbx-simulator-*.jar --port "${HELPDESK_AMI_PORT:-5038}" \
    --scenario "$scenario" --rate "$rate" --hotlines +8653188887777=sunhome --agents 3001,3009 \
    --agi 127.0.0.1:4573 > logs/pbx-simulator.log 2>&1 &
simulator=$!
trap 'kill $simulator 2>/dev/null || true' EXIT
echo "  Simulated Asterisk: AMI 127.0.0.1:${HELPDESK_AMI_PORT:-5038}, log logs/pbx-simulator.log"
java -jar platform/target/platform-*.jar --spring.profiles.active=demo,pbx-sim
