#!/usr/bin/env bash
# The load harness of issue 16, one command each (docs/benchmarks/intake.md):
#   bench/bench.sh reference [--url jdbc:postgresql://127.0.0.1:5432/esip] [--port 8282] [--pool 16] …
#   bench/bench.sh load --base URL [--op create|get] [--mode closed|open] [--connections N | --rate R] …
# Build first (once): ./mvnw -pl bench package     (the smoke test runs there, about 5 s)
# The libraries come from the local Maven repository: MAVEN_REPO (default ~/.m2/repository), i.e. the one the
# build used (-Dmaven.repo.local=…). Java options for the harness's own JVM: BENCH_JAVA_OPTS (default -Xmx512m).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPO=${MAVEN_REPO:-$HOME/.m2/repository}

version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
jar() {
    local f="$REPO/$1/$2/$3/$2-$3.jar"
    if [ ! -f "$f" ]; then
        echo "bench.sh: $f is missing; build the harness with the same repository first:" >&2
        echo "  ./mvnw -Dmaven.repo.local=$REPO -pl bench package" >&2
        exit 2
    fi
    printf '%s' "$f"
}

if [ ! -d "$ROOT/bench/target/classes/org/esip/bench" ]; then
    echo "bench.sh: bench/target/classes is missing; run ./mvnw -pl bench package first" >&2
    exit 2
fi
CP="$ROOT/bench/target/classes"
CP="$CP:$(jar org/apache/commons commons-dbcp2 "$(version commons-dbcp2.version)")"
CP="$CP:$(jar org/apache/commons commons-pool2 "$(version commons-pool2.version)")"
CP="$CP:$(jar commons-logging commons-logging "$(version commons-logging.version)")"
CP="$CP:$(jar org/postgresql postgresql "$(version postgresql.version)")"
CP="$CP:$(jar org/apache/derby derby "$(version derby.version)")"

case "${1:-}" in
    reference) main=org.esip.bench.ReferenceHandler ;;
    load) main=org.esip.bench.LoadClient ;;
    paired) main=org.esip.bench.PairedRun ;;
    *)
        echo "usage: bench/bench.sh reference|load|paired [--help | options]   (docs/benchmarks/intake.md)" >&2
        exit 2 ;;
esac
shift
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "$CP" "$main" "$@"
