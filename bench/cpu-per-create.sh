#!/usr/bin/env bash
# CPU time of the machine per ticket create, process by process (docs/benchmarks/intake.md, "CPU per create"):
# the server (esip's Karaf JVM or the reference handler), every PostgreSQL process and the load client, read from
# /proc/<pid>/stat over a window of a closed-loop create run, divided by the tickets written in that window.
#
#   ESIP_PASSWORD=… bench/cpu-per-create.sh                 esip at http://127.0.0.1:8181/api/v1
#   TARGET=ref bench/cpu-per-create.sh                      the reference handler, started by this script
#
# Options (environment): C connections (8), WARM seconds of load before the window (20), WINDOW seconds (20),
# DB the PostgreSQL database both write to (esip), ESIP_BASE, ESIP_USER (admin), REF_PORT (8282).
# Linux only; run nothing else on the machine meanwhile.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET=${TARGET:-esip}
C=${C:-8}
WARM=${WARM:-20}
WINDOW=${WINDOW:-20}
DB=${DB:-esip}
ESIP_BASE=${ESIP_BASE:-http://127.0.0.1:8181/api/v1}
ESIP_USER=${ESIP_USER:-admin}
REF_PORT=${REF_PORT:-8282}
TICK=$(getconf CLK_TCK)

# shellcheck source=proc-cpu.sh
. "$HERE/proc-cpu.sh"

psql_value() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }

if [ "$TARGET" = ref ]; then
    "$HERE/bench.sh" reference --url "jdbc:postgresql://127.0.0.1:5432/$DB" --user postgres --port "$REF_PORT" \
        > /tmp/cpu-per-create-reference.log 2>&1 &
    REF=$!
    trap 'kill $REF 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do
        curl -sf "http://127.0.0.1:$REF_PORT/health" >/dev/null 2>&1 && break
        sleep 0.2
    done
    SERVER=$(listener "$REF_PORT")
    TABLE=bench_ticket
    LOAD=(--base "http://127.0.0.1:$REF_PORT")
else
    : "${ESIP_PASSWORD:?set ESIP_PASSWORD to the password of ESIP_USER (${ESIP_USER})}"
    export ESIP_PASSWORD
    port=${ESIP_BASE#*://*:}
    SERVER=$(listener "${port%%/*}")
    TABLE=ticket
    LOAD=(--base "$ESIP_BASE" --user "$ESIP_USER")
fi
[ -n "$SERVER" ] || { echo "cpu-per-create.sh: no $TARGET server process" >&2; exit 2; }

"$HERE/bench.sh" load "${LOAD[@]}" --op create --mode closed --connections "$C" --duration "$((WINDOW + 10))s" \
    --warmup "${WARM}s" --label "cpu-$TARGET-c$C" > /tmp/cpu-per-create-load.txt 2>&1 &
LOADER=$!
sleep "$WARM"
CLIENT=$(pgrep -f '^java.*org.esip.bench.LoadClient' | head -1)
mapfile -t PG < <(pgrep -u postgres)
s0=$(ticks "$SERVER"); p0=$(ticks "${PG[@]}"); c0=$(ticks "$CLIENT"); n0=$(psql_value "SELECT max(id) FROM $TABLE")
sleep "$WINDOW"
s1=$(ticks "$SERVER"); p1=$(ticks "${PG[@]}"); c1=$(ticks "$CLIENT"); n1=$(psql_value "SELECT max(id) FROM $TABLE")
wait "$LOADER" || true
n=$((n1 - n0))
[ "$n" -gt 0 ] || { echo "cpu-per-create.sh: no ticket written in the window" >&2; cat /tmp/cpu-per-create-load.txt >&2; exit 1; }
per() { awk -v t="$1" -v n="$n" -v k="$TICK" 'BEGIN { printf "%.3f", t * 1000 / k / n }'; }
echo "target=$TARGET connections=$C window=${WINDOW}s creates=$n creates/s=$((n / WINDOW))" \
    "server_ms=$(per $((s1 - s0))) postgresql_ms=$(per $((p1 - p0))) client_ms=$(per $((c1 - c0)))" \
    "total_ms=$(per $((s1 - s0 + p1 - p0 + c1 - c0)))"
