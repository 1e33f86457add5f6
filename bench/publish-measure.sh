#!/usr/bin/env bash
# Publishes one policy whose only condition is a region prefix, timed, then follows its pushes until done
# (docs/benchmarks/policy-matching.md). esip must run with the policy line; nothing is started.
#   ESIP_PASSWORD=… bench/publish-measure.sh REGION NAME      e.g. 330302 q1, or 33 q2 (the whole province)
# Environment: BASE [http://127.0.0.1:8181/api/v1]
# An enterprise is pushed at most pushesPerWeek (3) policies a week; the others are held back, which costs no notice
# and is far faster. For a rate of pushes sent, set `pushesPerWeek = 100000` in etc/org.esip.line.policy.cfg first;
# the push report printed last says how many were sent ("pushed") and held back ("heldBack").
set -euo pipefail
REGION=$1
NAME=$2
BASE=${BASE:-http://127.0.0.1:8181/api/v1}
B=$BASE/lines/policy
json() { python3 -c "import sys,json;print(json.load(sys.stdin)[\"$1\"])"; }
T=$(curl -s -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$ESIP_PASSWORD\"}" "$BASE/auth/token" | json token)
D='{"title":"基准发布政策'$NAME'","documentNumber":"基准发〔2026〕'$NAME'号","issuer":"温州市经济和信息化局","level":"CITY",'
D=$D'"regionCode":"3303","category":"FUNDING","effectiveFrom":"2026-01-01","expiresOn":"2028-12-31","summary":"基准测试",'
D=$D'"benefitWan":10,"benefit":"最高 10 万元","handlingMode":"ONLINE_APPLICATION","materials":["申请表"],'
D=$D'"eligibility":[{"regionPrefixes":["'$REGION'"]}]}'
C=$(curl -s -X POST -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -d "$D" "$B/policies")
ID=$(echo "$C" | json id)
V=$(echo "$C" | json version)
curl -s -o /dev/null -w "publish policy $ID ($REGION): HTTP %{http_code} in %{time_total} s\n" -X POST \
    -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -d "{\"version\":$V}" "$B/policies/$ID/publish"
curl -s -H "Authorization: Bearer $T" "$B/policies/$ID/push-progress"
echo
while ! curl -s -H "Authorization: Bearer $T" "$B/policies/$ID/push-progress" | grep -q '"done":true'; do
    sleep 2
done
# the push rate is toPush / (finishedAt - startedAt)
curl -s -H "Authorization: Bearer $T" "$B/policies/$ID/push-progress"
echo
curl -s -H "Authorization: Bearer $T" "$B/policies/$ID/push-report"
echo
