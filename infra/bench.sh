#!/usr/bin/env bash
# The benchmark suite: every figure the product promises, measured on this machine against the
# real services and the simulated PBX, printed as one table and written to
# benchmarks/<date>T<time>Z-<host>.md (kept in the repository, so runs can be compared).
#
#   infra/bench.sh                 all of them (about an hour on 2 cores, the first run longer:
#                                  it loads 1,000,000 customers, tickets and known fixes)
#   infra/bench.sh tickets archive pop search business-time report    any of them, in any order
#
# Each part is a harness of its own, also runnable alone (see the file each one names):
#   tickets, archive   Gatling against a platform jar     infra/load/README.md
#   pop                ring-to-pop with 2,000 agents      infra/load/POP-LATENCY.md
#   search             1,000,000 known fixes              search/BENCHMARK.md
#   business-time      JMH, the business-time calculator  tenant-admin/BENCHMARKS.md
#   report             monthly report, 1,000,000 tickets  infra/load/REPORT-BENCHMARK.md
# A part that fails leaves "failed" in its rows; the others still run. Exit status: non-zero when
# any part failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC1091
source infra/lib/jdk.sh
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"

parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(tickets archive pop search business-time report)

rows=$(mktemp)
failed=0
log() { echo "bench.sh: $*"; }

# row METRIC VALUE TARGET
row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3" >>"$rows"; }

# gatling PART SIMULATION METRIC TARGET: runs infra/load/run.sh PART and adds the figures Gatling
# printed for it (the last "Global Information" block: all requests, OK and KO).
gatling() {
    local part=$1 simulation=$2 metric=$3 target=$4 console verdict="" figures
    console=$(mktemp)
    # run.sh fails when the simulation's assertions (the targets) fail: the figures are still wanted
    bash infra/load/run.sh "$part" 2>&1 | tee "$console" || verdict=" (target assertions failed)"
    figures=$(awk -F'|' '
        /Global Information/ { block = 1; next }
        block && /^> request count/ { total = $2; ko = $4 }
        block && /50th percentile/ { p50 = $2 }
        block && /99th percentile/ { p99 = $2 }
        block && /mean throughput/ { rps = $2; block = 0 }
        END { gsub(/ /, "", total); gsub(/ /, "", ko); gsub(/ /, "", p50); gsub(/ /, "", p99); gsub(/ /, "", rps);
              if (total != "") printf "%s req/s, p50 %s ms, p99 %s ms, %s requests, %s failed", rps, p50, p99, total, (ko == "-" ? "0" : ko) }' "$console")
    rm -f "$console"
    if [ -z "$figures" ]; then
        row "$metric" "failed (no figures)" "$target"
        failed=1
        return
    fi
    row "$metric" "$figures$verdict" "$target"
}

for part in "${parts[@]}"; do
    log "== $part (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    case $part in
        tickets)
            gatling tickets TicketCreationSimulation "ticket creation (REST, real token, clocks stored)" "≥ 1,500/s, p99 < 50 ms"
            ;;
        archive)
            gatling archive ArchiveLookupSimulation "caller lookup + archive, 1,000,000 customers" "p99 < 5 ms"
            ;;
        pop)
            if bash infra/load/pop-latency.sh && [ -f platform/target/pop-latency.txt ]; then
                line=$(grep '^p50' platform/target/pop-latency.txt)
                row "ring-to-pop, 2,000 agents, 100 calls/s" "$(echo "$line" | sed -E 's/ +p90.*p99 / p99 /; s/  p99\.9.*//')" "p50 < 5 ms, p99 < 15 ms"
            else
                row "ring-to-pop, 2,000 agents, 100 calls/s" "failed" "p50 < 5 ms, p99 < 15 ms"; failed=1
            fi
            ;;
        search)
            out=search/target/known-fix-bench.txt
            if bash infra/load/search-bench.sh && [ -f $out ]; then
                rate=$(grep -m1 '^Searches:' $out | grep -o '[0-9.]* searches/s')
                latency=$(grep -m1 'end-to-end latency' $out | sed -E 's/.*latency: //; s/  max.*//')
                row "known-fix search, 1,000,000 fixes, 10 concurrent, end to end" "$latency ($rate)" "p95 < 50 ms"
                loaded=$(grep -m1 '^Loaded' $out | grep -o '[0-9,]* fixes/s' | head -n 1)
                row "known-fix bulk indexing" "${loaded:-index reused (see search/BENCHMARK.md)}" "(reported)"
            else
                row "known-fix search, 1,000,000 fixes" "failed" "p95 < 50 ms"; failed=1
            fi
            ;;
        business-time)
            if mvn -B -ntp -q -pl tenant-admin -Pbench verify -DskipTests && [ -f tenant-admin/target/jmh-result.json ]; then
                # the first record of add is the mixed durations; its score follows within a few hundred characters
                score=$(tr -d '\n ' <tenant-admin/target/jmh-result.json \
                    | grep -o '"benchmark":"[^"]*\.add",.\{0,800\}"primaryMetric":{"score":[0-9.E]*' | head -n 1 \
                    | grep -o '[0-9.E]*$')
                row "business-time calculator, add (mixed durations)" "$(printf '%.0f' "${score:-0}") ops/s (one thread)" "≥ 1,000,000 ops/s per core"
            else
                row "business-time calculator" "failed" "≥ 1,000,000 ops/s per core"; failed=1
            fi
            ;;
        report)
            if bash infra/load/quality-report.sh && [ -f platform/target/quality-report-bench.txt ]; then
                row "monthly quality report, 1,000,000 tickets a year" "$(grep -m1 '^all months' platform/target/quality-report-bench.txt | sed 's/^all months: //')" "< 2 s"
            else
                row "monthly quality report, 1,000,000 tickets a year" "failed" "< 2 s"; failed=1
            fi
            ;;
        *) echo "bench.sh: unknown part '$part' (tickets archive pop search business-time report)" >&2; exit 2 ;;
    esac
done

mkdir -p benchmarks
out="benchmarks/$(date -u +%Y-%m-%dT%H%MZ)-$(hostname -s).md"
{
    echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ) on $(hostname -s)"
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB," \
        "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Parts: ${parts[*]}. Command: \`infra/bench.sh ${parts[*]}\`."
    echo
    echo "| what | measured | target |"
    echo "|---|---|---|"
    cat "$rows"
} | tee "$out"
log "written to $out"
rm -f "$rows"
exit $failed
