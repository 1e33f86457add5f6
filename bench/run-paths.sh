#!/usr/bin/env bash
# Reads each path of the API in turn with 2 closed-loop connections and prints one Markdown row per path: the lists
# and figures at a seeded size (docs/benchmarks/lists.md, figures.md). esip must already run; nothing is started.
#   ESIP_PASSWORD=… bench/run-paths.sh '/tickets?size=20' '/dashboard' …
# Environment: BASE [http://127.0.0.1:8181/api/v1], USER_NAME [admin], CONNECTIONS [2], DURATION [8s], WARMUP [2s]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${BASE:-http://127.0.0.1:8181/api/v1}
if [ $# -eq 0 ]; then
    echo "usage: ESIP_PASSWORD=… $0 PATH…" >&2
    exit 2
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo
echo "| path | req/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
for path in "$@"; do
    line=$("$ROOT/bench/bench.sh" load --base "$BASE" --user "${USER_NAME:-admin}" --op get --path "$path" \
        --connections "${CONNECTIONS:-2}" --duration "${DURATION:-8s}" --warmup "${WARMUP:-2s}" --label path 2>&1 \
        | grep -E 'req/s' | tail -1)
    # "path  9.5 req/s  p50 204.0 ms  p95 265.0 ms  p99 320.0 ms  max … ok 76  errors 0"
    read -r rate p50 p95 p99 errors < <(echo "$line" | sed -E \
        's/.* ([0-9.]+) req\/s +p50 +([0-9.]+) ms +p95 +([0-9.]+) ms +p99 +([0-9.]+) ms.*errors +([0-9]+).*/\1 \2 \3 \4 \5/')
    echo "| \`$path\` | $rate | $p50 | $p95 | $p99 | $errors |"
done
