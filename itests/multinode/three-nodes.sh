#!/usr/bin/env bash
# Three esip nodes behind HAProxy on one PostgreSQL; one node is killed (kill -9) under load (issue 13).
#
# Counts, at the end:
#   - every ticket a client was told about (201, or 200 for a retry) is in the database: nothing acknowledged lost;
#   - every Idempotency-Key made exactly one ticket: nothing doubled, although clients retried after errors;
#   - overdue tickets checked by every surviving node at the same moment are escalated exactly once, with one
#     notification per recipient;
#   - a line installed through one node runs on every node; an attachment sent to one node is read from another.
#
# Needs: the distribution built (./mvnw install -DskipTests), PostgreSQL at 127.0.0.1:5432 (user postgres, trust),
# haproxy, curl, psql. Run from the repository root:  bash itests/multinode/three-nodes.sh
# Options (environment): CLIENTS (default 4), REQUESTS per client (default 60), KEEP=1 keeps the nodes' folders.
set -euo pipefail
cd "$(dirname "$0")/../.."

CLIENTS=${CLIENTS:-4}
REQUESTS=${REQUESTS:-60}
DB=esip_three_nodes
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
WORK=$(mktemp -d /tmp/esip-three-nodes.XXXX)
LB_PORT=18180
ADMIN_PASSWORD="Three-Nodes-2026"
DATA_KEY=$(head -c 32 /dev/urandom | base64)

for tool in haproxy curl psql tar; do
    command -v $tool >/dev/null || { echo "three-nodes: $tool is missing (apt-get install -y $tool)" >&2; exit 2; }
done
TARBALL=$(ls karaf-assembly/target/esip-karaf-assembly-*.tar.gz 2>/dev/null | head -1)
[ -n "$TARBALL" ] || { echo "three-nodes: build the distribution first (./mvnw install -DskipTests)" >&2; exit 2; }

say() { echo "[$(date +%H:%M:%S)] $*"; }
fail() { echo "three-nodes: FAILED: $*" >&2; exit 1; }

cleanup() {
    for n in 1 2 3; do
        [ -f "$WORK/node$n/karaf.pid" ] && kill -9 "$(cat "$WORK/node$n/karaf.pid")" 2>/dev/null || true
    done
    [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
    [ "${KEEP:-0}" = 1 ] && echo "kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

$PG -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

setcfg() { # file key value
    if grep -qE "^\s*$2\s*=" "$1" 2>/dev/null; then sed -i -E "s|^\s*$2\s*=.*|$2 = $3|" "$1"; else echo "$2 = $3" >>"$1"; fi
}

node_port() { echo $((18180 + $1)); }

prepare() { # n
    local n=$1 home="$WORK/node$1"
    mkdir -p "$home" && tar xzf "$TARBALL" -C "$home" --strip-components=1
    cp "$home/etc/org.ops4j.datasource-esip.cfg.postgresql" "$home/etc/org.ops4j.datasource-esip.cfg"
    setcfg "$home/etc/org.ops4j.datasource-esip.cfg" url "jdbc:postgresql://127.0.0.1:5432/$DB?connectTimeout=3\&loginTimeout=3"
    setcfg "$home/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$(node_port "$n")"
    setcfg "$home/etc/org.apache.karaf.shell.cfg" sshPort $((18100 + n))
    setcfg "$home/etc/org.apache.karaf.management.cfg" rmiRegistryPort $((18110 + n))
    setcfg "$home/etc/org.apache.karaf.management.cfg" rmiServerPort $((18120 + n))
    setcfg "$home/etc/org.esip.platform.cfg" demoData false
    setcfg "$home/etc/org.esip.content.cfg" store database
    setcfg "$home/etc/org.esip.lines.cfg" lines ""
    setcfg "$home/etc/org.esip.lines.cfg" syncSeconds 2
}

start() { # n
    local home="$WORK/node$1"
    (cd "$home" && env -u KARAF_HOME -u KARAF_BASE ESIP_DATA_KEY="$DATA_KEY" ESIP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        bash bin/start >"$home/start.out" 2>&1)
}

await_health() { # port what
    for _ in $(seq 1 360); do
        curl -fsS "http://127.0.0.1:$1/api/v1/health" >/dev/null 2>&1 && return 0
        sleep 1
    done
    fail "$2 did not answer /health in 6 minutes"
}

say "three nodes in $WORK on database $DB"
for n in 1 2 3; do prepare $n; done
# The first node migrates the schema and creates the administrator; the others join the same database.
start 1 && await_health "$(node_port 1)" "node 1"
start 2 && start 3
await_health "$(node_port 2)" "node 2" && await_health "$(node_port 3)" "node 3"
say "three nodes up"

cat >"$WORK/haproxy.cfg" <<EOF
global
    maxconn 512
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    option redispatch
frontend esip
    bind 127.0.0.1:$LB_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /api/v1/health
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:$(node_port 1) check
    server node2 127.0.0.1:$(node_port 2) check
    server node3 127.0.0.1:$(node_port 3) check
EOF
haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"
LB="http://127.0.0.1:$LB_PORT/api/v1"
await_health $LB_PORT "HAProxy"

TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" \
    "$LB/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
auth=(-H "Authorization: Bearer $TOKEN")
ENTERPRISE=$(curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
    -d '{"creditCode":"91330302MA2C8RLX3A","name":"三节点负载测试有限公司","regionCode":"330302"}' "$LB/enterprises" \
    | sed -E 's/.*"id":([0-9]+).*/\1/') || fail "could not register the test enterprise"

client() { # c: sends REQUESTS tickets, each with its own key, retrying each until it is acknowledged
    local c=$1 out="$WORK/acks.$1"
    : >"$out"
    for i in $(seq 1 "$REQUESTS"); do
        local key="three-nodes-$c-$i" tries=0 code body
        while :; do
            tries=$((tries + 1))
            body=$(curl -sS -m 30 -o - -w '\n%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' \
                -H "Idempotency-Key: $key" -d "{\"enterpriseId\":$ENTERPRISE,\"kind\":\"DEMAND\",\"channel\":\"ONLINE\",\"title\":\"负载 $c-$i\",\"description\":\"three nodes\"}" \
                "$LB/tickets" 2>/dev/null) || body=$'\n000'
            code=${body##*$'\n'}
            if [ "$code" = 201 ] || [ "$code" = 200 ]; then
                echo "$key ${body%$'\n'*}" | sed -E 's/^([^ ]+) .*"id":([0-9]+).*/\1 \2/' >>"$out"
                break
            fi
            echo "$key try $tries: HTTP $code" >>"$WORK/retries.$c"
            [ $tries -lt 40 ] || { echo "$key never acknowledged" >>"$WORK/retries.$c"; break; }
            sleep 0.5
        done
    done
}

say "load: $CLIENTS clients × $REQUESTS tickets through HAProxy"
pids=()
for c in $(seq 1 "$CLIENTS"); do client "$c" & pids+=($!); done
sleep 5
say "kill -9 node 2 under load"
kill -9 "$(cat "$WORK/node2/karaf.pid")"
for p in "${pids[@]}"; do wait "$p"; done
say "load done; $(cat "$WORK"/retries.* 2>/dev/null | wc -l) retried requests"

ACKED=$(cat "$WORK"/acks.* | wc -l)
EXPECTED=$((CLIENTS * REQUESTS))
[ "$ACKED" = "$EXPECTED" ] || fail "only $ACKED of $EXPECTED tickets were acknowledged (see $WORK/retries.*)"
STORED=$($PG -d $DB -c "SELECT COUNT(*) FROM TICKET WHERE IDEMPOTENCY_KEY LIKE 'three-nodes-%'")
DISTINCT=$($PG -d $DB -c "SELECT COUNT(DISTINCT IDEMPOTENCY_KEY) FROM TICKET WHERE IDEMPOTENCY_KEY LIKE 'three-nodes-%'")
lost=0
while read -r key id; do
    found=$($PG -d $DB -c "SELECT COUNT(*) FROM TICKET WHERE ID = $id AND IDEMPOTENCY_KEY = '$key'")
    [ "$found" = 1 ] || { echo "acknowledged $key as ticket $id, not in the database" >&2; lost=$((lost + 1)); }
done < <(cat "$WORK"/acks.*)
say "acknowledged $ACKED, stored $STORED, distinct keys $DISTINCT, lost $lost"
[ "$lost" = 0 ] || fail "$lost acknowledged tickets lost"
[ "$STORED" = "$EXPECTED" ] && [ "$DISTINCT" = "$EXPECTED" ] || fail "$STORED tickets for $EXPECTED keys: doubled or missing"

say "escalation: 20 overdue tickets, the check run on both surviving nodes at once"
$PG -d $DB -c "UPDATE TICKET SET ACCEPT_DUE = CURRENT_DATE - 3 WHERE ID IN (SELECT ID FROM TICKET WHERE IDEMPOTENCY_KEY LIKE 'three-nodes-1-%' ORDER BY ID FETCH FIRST 20 ROWS ONLY)"
for n in 1 3; do
    curl -fsS -X POST "${auth[@]}" "http://127.0.0.1:$(node_port $n)/api/v1/tickets/escalations" >"$WORK/escalations.$n" &
done
wait
DOUBLE_EVENTS=$($PG -d $DB -c "SELECT COUNT(*) FROM (SELECT TICKET_ID FROM TICKET_EVENT WHERE ACTION_CODE = 'escalate' GROUP BY TICKET_ID HAVING COUNT(*) > 1) d")
ESCALATED=$($PG -d $DB -c "SELECT COUNT(DISTINCT TICKET_ID) FROM TICKET_EVENT WHERE ACTION_CODE = 'escalate'")
DOUBLE_NOTICES=$($PG -d $DB -c "SELECT COUNT(*) FROM (SELECT TICKET_ID, USERNAME FROM NOTIFICATION WHERE TOPIC = 'ticket.escalated' GROUP BY TICKET_ID, USERNAME HAVING COUNT(*) > 1) d")
say "escalated $ESCALATED tickets; tickets escalated twice: $DOUBLE_EVENTS; notices sent twice: $DOUBLE_NOTICES"
[ "$ESCALATED" = 20 ] || fail "$ESCALATED of 20 overdue tickets escalated"
[ "$DOUBLE_EVENTS" = 0 ] && [ "$DOUBLE_NOTICES" = 0 ] || fail "an escalation or its notice happened twice"

say "a line installed through node 1 reaches node 3; an attachment sent to node 1 is read on node 3"
# bin/client ends the session when its standard input ends: keep it open, as a terminal would, until it answers
(cd "$WORK/node1" && bash bin/client -a 18101 -u admin -p "$ADMIN_PASSWORD" -r 5 -d 2 "feature:install esip-line-policy" \
    < <(sleep 300) >"$WORK/client.out" 2>&1) || fail "feature:install on node 1: $(cat "$WORK/client.out")"
for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "http://127.0.0.1:$(node_port 3)/api/v1/lines/policy/policies")" = 200 ] && break
    sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "http://127.0.0.1:$(node_port 3)/api/v1/lines/policy/policies")" = 200 ] \
    || fail "the policy line installed on node 1 never ran on node 3"
TICKET=$(head -1 "$WORK/acks.2" | cut -d' ' -f2)
printf '%%PDF-1.4\n%% three nodes\n' >"$WORK/sample.pdf"
ATTACHMENT=$(curl -fsS "${auth[@]}" -H 'Content-Type: application/pdf' --data-binary @"$WORK/sample.pdf" \
    "http://127.0.0.1:$(node_port 1)/api/v1/tickets/$TICKET/attachments?filename=three-nodes.pdf" | sed -E 's/.*"id":([0-9]+).*/\1/')
curl -fsS "${auth[@]}" -o "$WORK/read-on-node3.pdf" "http://127.0.0.1:$(node_port 3)/api/v1/tickets/$TICKET/attachments/$ATTACHMENT" \
    || fail "node 3 could not read the attachment sent to node 1"
cmp -s "$WORK/sample.pdf" "$WORK/read-on-node3.pdf" || fail "node 3 read other bytes than node 1 stored"
curl -fsS "${auth[@]}" "http://127.0.0.1:$(node_port 3)/api/v1/archive/verification" | grep -q '"intact":true' \
    || fail "archive verification on node 3 is not intact"

say "PASSED: $EXPECTED tickets acknowledged and stored once each with node 2 killed under load; 20 escalations once each; line and attachment shared"
