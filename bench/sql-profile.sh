#!/usr/bin/env bash
# Counts the SQL statements each kind of request issues, with pg_stat_statements (enabled by
# run-postgres.sh): resets the statistics, sends 20 requests of one kind with curl, prints
# calls per statement / 20 and the mean time. Loopback only, 20 requests per kind.
#   bench/sql-profile.sh [port]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; . "$HERE/results/pg.env"
PORT="${1:-18080}"; BASE="http://127.0.0.1:$PORT"; PW="${TIERDESK_ADMIN_PASSWORD:-bench-admin-pw}"
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d tierdesk -X -q)
export PGPASSWORD=tierdesk
"${PSQL[@]}" -c "create extension if not exists pg_stat_statements" >/dev/null
TOKEN="$(curl -fsS -u "admin:$PW" -X POST "$BASE/api/v1/me/tokens" -H 'Content-Type: application/json' \
  -d '{"name":"sql-profile"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
BODY='{"subject":"Profile","description":"Profiling the SQL","requester":{"email":"p@example.com","name":"P"},"channel":"api"}'
profile() { # LABEL curl-args...; AUTH_HEADER overrides the Bearer token (e.g. "Cookie: JSESSIONID=...")
  local label="$1"; shift
  local auth="${AUTH_HEADER:-Authorization: Bearer $TOKEN}"
  curl -s -o /dev/null -H "$auth" "$@"   # one untimed call (token touch, caches)
  "${PSQL[@]}" -c "select pg_stat_statements_reset()" >/dev/null
  for _ in $(seq 1 20); do curl -s -o /dev/null -H "$auth" "$@"; done
  echo "### $label (per request, 20 requests)"
  "${PSQL[@]}" -c "select round(calls / 20.0, 2) as per_req, round(mean_exec_time::numeric, 3) as mean_ms,
      left(regexp_replace(query, '\s+', ' ', 'g'), 150) as query
    from pg_stat_statements where dbid = (select oid from pg_database where datname = 'tierdesk')
      and query not like '%pg_stat_statements%' order by calls desc, mean_exec_time desc"
}
profile "POST /api/v1/tickets" -X POST "$BASE/api/v1/tickets" -H 'Content-Type: application/json' -d "$BODY"
profile "GET /api/v1/tickets/TD-000500" "$BASE/api/v1/tickets/TD-000500"
profile "GET /api/v1/tickets?tier=1&size=25" "$BASE/api/v1/tickets?tier=1&size=25"
profile "GET /api/v1/tickets?tier=1&status=open&size=25" "$BASE/api/v1/tickets?tier=1&status=open&size=25"
profile "GET /api/v1/tickets?tier=1&assignee=none&size=25" "$BASE/api/v1/tickets?tier=1&assignee=none&size=25"
# the agent queue page (server-rendered), with a logged-in session, if this build has it
JAR="$(mktemp)"; trap 'rm -f "$JAR"' EXIT
CSRF="$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PW" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION="$(awk '$6=="JSESSIONID"{print "JSESSIONID="$7}' "$JAR")"
if [ -n "$SESSION" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SESSION" "$BASE/agent/queue")" = 200 ]; then
  AUTH_HEADER="Cookie: $SESSION" profile "GET /agent/queue (session)" "$BASE/agent/queue"
fi
