#!/usr/bin/env bash
# esip against the raw-JDBC reference handler, interleaved, REPS repetitions, and the ratios (issue 16).
#
# Starts nothing but the reference handler (on REF_PORT, on the database REF_URL, stopped at the end). esip must
# already be running on PostgreSQL (README "Switching to PostgreSQL": bin/start with the PostgreSQL datasource)
# and REF_URL should be that same database, so that both write to the same server.
#
#   ESIP_PASSWORD='…' bench/run-compare.sh
#
# Settings (environment, defaults in brackets):
#   ESIP_BASE [http://127.0.0.1:8181/api/v1]  ESIP_USER [admin]  ESIP_PASSWORD (required)
#   ESIP_ENTERPRISE [the first one GET /enterprises answers]
#   REF_URL [jdbc:postgresql://127.0.0.1:5432/esip]  REF_USER [postgres]  REF_PASSWORD []  REF_PORT [8282]
#   REF_POOL [16: the shipped pool.maxTotal]
#   SCENARIOS ["create-c8 create-c32 create-r200 get-c8"]: <create|get>-c<connections> (closed loop) or
#             <create|get>-r<rate per second> (open loop)
#   REPS [3]  DURATION [10s]  WARMUP [2s]  TIMEOUT [30s]: a request not answered by then is an error
#   SLICES [0]: above 0, each scenario of a repetition is one paired run (bench/bench.sh paired) instead of two runs
#             one after the other: one client, WARMUP of each side's load unrecorded, then SLICES windows per side
#             alternating A B B A …, each SETTLE [1s] unrecorded then SLICE [5s] recorded (DURATION is not used),
#             so that a change of the machine's speed within minutes falls on both sides alike
#   PREWARM [60s]: before the first repetition each side creates tickets at 8 connections for this long, then
#             reads for a third of it, unrecorded, so that both JVMs have compiled their hot paths (esip's takes
#             minutes on 2 cores; a cold JVM measured 0.6x its warm throughput); 0 skips it
#   KEEP_REFERENCE_TABLES [0]: 1 keeps BENCH_TICKET/BENCH_EVENT in the database afterwards (they are dropped at
#             the end otherwise: esip's backup copies every table of its database)
#   MAVEN_REPO, BENCH_JAVA_OPTS: see bench/bench.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ESIP_BASE=${ESIP_BASE:-http://127.0.0.1:8181/api/v1}
ESIP_USER=${ESIP_USER:-admin}
: "${ESIP_PASSWORD:?set ESIP_PASSWORD to the password of ESIP_USER (${ESIP_USER})}"
export ESIP_PASSWORD
REF_URL=${REF_URL:-jdbc:postgresql://127.0.0.1:5432/esip}
REF_USER=${REF_USER:-postgres}
REF_PASSWORD=${REF_PASSWORD:-}
REF_PORT=${REF_PORT:-8282}
REF_POOL=${REF_POOL:-16}
SCENARIOS=${SCENARIOS:-create-c8 create-c32 create-r200 get-c8}
REPS=${REPS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
PREWARM=${PREWARM:-60s}
SLICES=${SLICES:-0}
SLICE=${SLICE:-5s}
SETTLE=${SETTLE:-1s}
TIMEOUT=${TIMEOUT:-30s}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/esip-compare.XXXXXX")

health=$(curl -sf "$ESIP_BASE/health" || true)
if [ -z "$health" ]; then
    echo "run-compare.sh: esip does not answer at $ESIP_BASE/health; start it first (docs/benchmarks/intake.md)" >&2
    exit 2
fi
case "$health" in
    *PostgreSQL*) ;;
    *) echo "run-compare.sh: warning: esip is not on PostgreSQL ($health); the ratio compares two databases" >&2 ;;
esac

"$HERE/bench.sh" reference --url "$REF_URL" --user "$REF_USER" --password "$REF_PASSWORD" --port "$REF_PORT" \
    --pool "$REF_POOL" > "$OUT/reference.log" 2>&1 &
REF_PID=$!
finish() {
    kill "$REF_PID" 2>/dev/null || true
    wait "$REF_PID" 2>/dev/null || true
    if [ "${KEEP_REFERENCE_TABLES:-0}" != 1 ]; then
        "$HERE/bench.sh" reference --drop --url "$REF_URL" --user "$REF_USER" --password "$REF_PASSWORD" >/dev/null || true
    fi
}
trap finish EXIT
for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$REF_PORT/health" >/dev/null 2>&1 && break
    if ! kill -0 "$REF_PID" 2>/dev/null; then
        echo "run-compare.sh: the reference handler did not start:" >&2
        cat "$OUT/reference.log" >&2
        exit 2
    fi
    sleep 0.2
done

ENTERPRISE_ARG=()
[ -n "${ESIP_ENTERPRISE:-}" ] && ENTERPRISE_ARG=(--enterprise-id "$ESIP_ENTERPRISE")

load_of() { # scenario: sets LOAD to the load client's options for it (operation, mode, connections or rate)
    local scenario=$1 load=${1#*-}
    case "$load" in
        c*) LOAD=(--op "${scenario%%-*}" --mode closed --connections "${load#c}") ;;
        r*) LOAD=(--op "${scenario%%-*}" --mode open --rate "${load#r}") ;;
        *) echo "run-compare.sh: unknown scenario $scenario" >&2; exit 2 ;;
    esac
}

run() { # side scenario rep
    local side=$1 scenario=$2 rep=$3 base
    load_of "$scenario"
    if [ "$side" = esip ]; then
        base=(--base "$ESIP_BASE" --user "$ESIP_USER" "${ENTERPRISE_ARG[@]}")
    else
        base=(--base "http://127.0.0.1:$REF_PORT")
    fi
    "$HERE/bench.sh" load "${base[@]}" "${LOAD[@]}" --duration "$DURATION" --warmup "$WARMUP" --timeout "$TIMEOUT" \
        --label "$side-$scenario-rep$rep" | tee -a "$OUT/runs.txt" | grep -v '^RESULT' || true
}

paired() { # scenario rep
    local scenario=$1 rep=$2 first=esip
    load_of "$scenario"
    [ $((rep % 2)) -eq 0 ] && first=reference
    "$HERE/bench.sh" paired --base "$ESIP_BASE" --user "$ESIP_USER" "${ENTERPRISE_ARG[@]}" \
        --reference "http://127.0.0.1:$REF_PORT" "${LOAD[@]}" --slices "$SLICES" --slice "$SLICE" \
        --settle "$SETTLE" --warmup "$WARMUP" --timeout "$TIMEOUT" --first "$first" --label "$scenario-rep$rep" \
        | tee -a "$OUT/runs.txt" | grep -v '^RESULT' || true
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a); esip: $health"
if [ "${PREWARM%s}" != 0 ]; then
    echo "pre-warming both sides: ${PREWARM} of creates and a third of that of reads each, not recorded"
    for side in esip reference; do
        if [ "$side" = esip ]; then
            base=(--base "$ESIP_BASE" --user "$ESIP_USER" "${ENTERPRISE_ARG[@]}")
        else
            base=(--base "http://127.0.0.1:$REF_PORT")
        fi
        "$HERE/bench.sh" load "${base[@]}" --op create --mode closed --connections 8 --duration "$PREWARM" \
            --warmup 1s --timeout "$TIMEOUT" --label "$side-prewarm" | grep '^RESULT' || true
        "$HERE/bench.sh" load "${base[@]}" --op get --mode closed --connections 8 \
            --duration "$(( ${PREWARM%s} / 3 + 1 ))s" --warmup 1s --timeout "$TIMEOUT" --label "$side-prewarm" \
            | grep '^RESULT' || true
    done
fi
for rep in $(seq 1 "$REPS"); do
    for scenario in $SCENARIOS; do
        # interleaved, and the order swapped every repetition so that neither side always goes first
        if [ "$SLICES" -gt 0 ]; then
            paired "$scenario" "$rep"
        elif [ $((rep % 2)) -eq 1 ]; then
            run esip "$scenario" "$rep"; run reference "$scenario" "$rep"
        else
            run reference "$scenario" "$rep"; run esip "$scenario" "$rep"
        fi
    done
done

echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a); raw lines in $OUT/runs.txt"
grep '^RESULT' "$OUT/runs.txt" | awk '
    {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        n = split(v["label"], part, "-")
        side = part[1]; scenario = part[2] "-" part[3]; rep = part[4]
        key = scenario SUBSEP rep
        rps[side, key] = v["rps"]; p99[side, key] = v["p99"]; err[side, key] = v["errors"]
        if (!(key in seen)) { seen[key] = 1; order[++count] = key }
    }
    END {
        printf "%-14s %-5s %12s %10s %7s %12s %10s %7s %7s\n", "scenario", "rep", "esip req/s", "p99 ms", "errors", "ref req/s", "p99 ms", "errors", "ratio"
        for (i = 1; i <= count; i++) {
            key = order[i]; split(key, k, SUBSEP)
            ratio = rps["reference", key] > 0 ? rps["esip", key] / rps["reference", key] : 0
            printf "%-14s %-5s %12s %10s %7s %12s %10s %7s %7.3f\n", k[1], k[2], rps["esip", key], p99["esip", key], err["esip", key], rps["reference", key], p99["reference", key], err["reference", key], ratio
        }
    }'
