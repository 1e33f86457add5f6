#!/usr/bin/env bash
# Two esip distributions measured at the same time (docs/benchmarks/intake.md, "Two trees side by side"): each takes
# closed-loop creates from its own load client, and over the same window this prints each one's CPU time per create,
# of its JVM and of the PostgreSQL sessions of its own database. Both share whatever else the machine does in those
# seconds, so on a noisy machine the difference between the two trees is read here, where windows taken one after the
# other differ by more than the change.
#
#   ESIP_PASSWORD=… A_BASE=http://127.0.0.1:8183/api/v1 A_DB=esip3 B_BASE=http://127.0.0.1:8181/api/v1 B_DB=esip2 \
#       bench/side-by-side.sh
#
# Options (environment): C connections per distribution (4), WARM seconds of load before the window (20), WINDOW
# seconds (30), ESIP_USER (admin). Each distribution on its own database (their PostgreSQL sessions are told apart by
# it) and its own ports. Linux only; run nothing else on the machine meanwhile.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
C=${C:-4}
WARM=${WARM:-20}
WINDOW=${WINDOW:-30}
ESIP_USER=${ESIP_USER:-admin}
: "${A_BASE:?the first distribution's API, e.g. http://127.0.0.1:8183/api/v1}" "${A_DB:?its database}"
: "${B_BASE:?the second distribution's API}" "${B_DB:?its database}"
: "${ESIP_PASSWORD:?the password of ESIP_USER on both}"
TICK=$(getconf CLK_TCK)

# shellcheck source=proc-cpu.sh
. "$HERE/proc-cpu.sh"

port() { echo "$1" | sed -n 's#^[a-z]*://[^:/]*:\([0-9]*\).*#\1#p'; }
sessions() { pgrep -u postgres -f "postgres: .*postgres $1 " || true; }
newest() { psql -h 127.0.0.1 -U postgres -d "$1" -Atc 'SELECT COALESCE(MAX(ID), 0) FROM TICKET'; }

A_PID=$(listener "$(port "$A_BASE")")
B_PID=$(listener "$(port "$B_BASE")")
if [ -z "$A_PID" ] || [ -z "$B_PID" ]; then
    echo "side-by-side.sh: nothing listens on $A_BASE or $B_BASE" >&2
    exit 2
fi
LOGS=$(mktemp -d)
for side in A B; do
    base_var=${side}_BASE
    "$HERE/bench.sh" load --base "${!base_var}" --user "$ESIP_USER" --op create --connections "$C" \
        --duration "$((WARM + WINDOW + 5))s" --warmup 1s >"$LOGS/$side.log" 2>&1 &
done
sleep "$WARM"
mapfile -t A_PG < <(sessions "$A_DB")
mapfile -t B_PG < <(sessions "$B_DB")
a_n0=$(newest "$A_DB"); b_n0=$(newest "$B_DB")
a_j0=$(ticks "$A_PID"); b_j0=$(ticks "$B_PID"); a_p0=$(ticks "${A_PG[@]}"); b_p0=$(ticks "${B_PG[@]}")
sleep "$WINDOW"
a_j1=$(ticks "$A_PID"); b_j1=$(ticks "$B_PID"); a_p1=$(ticks "${A_PG[@]}"); b_p1=$(ticks "${B_PG[@]}")
a_n1=$(newest "$A_DB"); b_n1=$(newest "$B_DB")
wait
if grep -q 'errors [1-9]' "$LOGS"/*.log; then
    echo "side-by-side.sh: a load run had errors, see $LOGS" >&2
    exit 1
fi
per() { awk -v t="$1" -v n="$2" -v hz="$TICK" 'BEGIN { printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0) }'; }
a_n=$((a_n1 - a_n0)); b_n=$((b_n1 - b_n0))
echo "A $A_BASE creates=$a_n jvm_ms=$(per $((a_j1 - a_j0)) $a_n) postgresql_ms=$(per $((a_p1 - a_p0)) $a_n)" \
    "| B $B_BASE creates=$b_n jvm_ms=$(per $((b_j1 - b_j0)) $b_n) postgresql_ms=$(per $((b_p1 - b_p0)) $b_n)"
rm -rf "$LOGS"
