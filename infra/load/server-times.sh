#!/usr/bin/env bash
# Server-side response times of a benchmark run, per route, from the platform's Tomcat access log
# as run.sh writes it (pattern "%{begin:msec}t %m %U %s %{us}T %{X-Load-Phase}i": start in epoch
# milliseconds, method, path, status, microseconds from reading the request to the last byte
# written, phase header).
#
#   infra/load/server-times.sh infra/load/target/run/access*.log
#
# Only requests of the measured phase count (the simulations send "X-Load-Phase: measured";
# warm-up requests and everything else are skipped). Set against Gatling's figures for the same
# run, the difference is what the platform does not see: the load generator, the TCP stack, and
# waiting for a core before Tomcat reads the request.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 ACCESS_LOG..." >&2; exit 2; }

cat "$@" |
    awk '$6 == "measured" {
        route = $3
        gsub(/\/[0-9a-f]+-[0-9a-f-]+/, "/{id}", route)   # ids (UUIDs) in paths; no {n}: mawk lacks it
        print $2 " " route " " $4 "\t" $5
    }' |
    sort -t "$(printf '\t')" -k1,1 -k2,2n |
    awk -F '\t' '
        # nearest rank: the smallest value with at least p of the values at or below it
        function pct(p,   r) { r = int(n * p); if (r < n * p) r++; if (r < 1) r = 1; return sprintf("%.2f", v[r] / 1000) }
        function flush() {
            if (n == 0) return
            printf "%-44s %8d %8s %8s %8s %8s %8s\n", key, n, pct(0.50), pct(0.95), pct(0.99), pct(0.999), pct(1)
        }
        BEGIN { printf "%-44s %8s %8s %8s %8s %8s %8s\n", "server side (ms)", "count", "p50", "p95", "p99", "p99.9", "max" }
        $1 != key { flush(); key = $1; n = 0 }
        { v[++n] = $2 }
        END { flush() }'
