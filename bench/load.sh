#!/usr/bin/env bash
# Runs the wrk scenarios against a running Tierdesk (loopback only) and prints a summary table.
#   bench/load.sh [port] [runs]          e.g. bench/load.sh 18080 3
# Env: DURATION (20s), WARMUP (10s), THREADS (2), TIERDESK_ADMIN_PASSWORD (bench-admin-pw),
#      MAX_NUMBER (highest generated ticket counter for get-one; default: read from the database),
#      SCENARIOS (default "reads create") to run only part of it.
# Every wrk call is bounded: -d$DURATION and an outer `timeout`. Results: bench/results/load-*.jsonl
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; RESULTS="$HERE/results"; mkdir -p "$RESULTS"
PORT="${1:-18080}"; RUNS="${2:-1}"
DURATION="${DURATION:-20s}"; WARMUP="${WARMUP:-10s}"; THREADS="${THREADS:-2}"
SCENARIOS="${SCENARIOS:-reads create}"
PW="${TIERDESK_ADMIN_PASSWORD:-bench-admin-pw}"
BASE="http://127.0.0.1:$PORT"
LUA="$HERE/wrk/tierdesk.lua"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/load-$STAMP.jsonl"; LOG="$RESULTS/load-$STAMP.log"; : > "$OUT"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }

TOKEN="$(curl -fsS -u "admin:$PW" -X POST "$BASE/api/v1/me/tokens" -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
export AUTH="Bearer $TOKEN" RESULT_FILE="$OUT"
if [ -z "${MAX_NUMBER:-}" ] && [ -f "$RESULTS/pg.env" ]; then
  . "$RESULTS/pg.env"
  MAX_NUMBER="$(PGPASSWORD="$TIERDESK_DB_PASSWORD" psql -h 127.0.0.1 -p "$PGPORT" -U "$TIERDESK_DB_USER" -d tierdesk \
    -Atc "select last_value from ticket_number_seq")"
fi
export MAX_NUMBER="${MAX_NUMBER:-1000}"

# CPU time (ms) used so far by the app and by all PostgreSQL processes, from /proc (the
# machine is shared: CPU per request is steadier than throughput when others build)
APP_PID="$(cat "$RESULTS/app.pid" 2>/dev/null || true)"
TICK_MS=$((1000 / $(getconf CLK_TCK)))
cpu_ms() { # pid...
  local total=0 p
  for p in "$@"; do [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo $((total * TICK_MS))
}
pg_pids() { pgrep -u postgres 2>/dev/null | tr '\n' ' '; }

# run LABEL CONNECTIONS MODE [PATH] [extra env...]
run() {
  local label="$1" c="$2" mode="$3" path="${4:-}"; shift 4 || shift $#
  local t="$THREADS"; [ "$c" -lt "$t" ] && t="$c"
  echo "== $label (c=$c, $DURATION)" | tee -a "$LOG"
  local app0 pg0 app1 pg1 before lines
  app0="$(cpu_ms $APP_PID)"; pg0="$(cpu_ms $(pg_pids))"; before="$(wc -l < "$OUT" 2>/dev/null || echo 0)"
  env "$@" LABEL="$label" MODE="$mode" WRK_PATH="$path" \
    timeout 120 wrk -t"$t" -c"$c" -d"$DURATION" --timeout 10s --latency -s "$LUA" "$BASE" 2>&1 | tee -a "$LOG"
  app1="$(cpu_ms $APP_PID)"; pg1="$(cpu_ms $(pg_pids))"
  echo "{\"label\":\"$label\",\"cpu\":true,\"app_cpu_ms\":$((app1 - app0)),\"pg_cpu_ms\":$((pg1 - pg0)),\"loadavg\":$(cut -d' ' -f1 /proc/loadavg)}" >> "$OUT"
}
warm() { # same as run, results not recorded:  warm CONNECTIONS MODE [PATH] [extra env...]
  local c="$1" mode="$2" path="${3:-}"; shift 3 || shift $#
  echo "== warm-up $mode $path (c=$c, $WARMUP)" | tee -a "$LOG"
  env "$@" RESULT_FILE=/dev/null LABEL=warmup MODE="$mode" WRK_PATH="$path" \
    timeout 120 wrk -t"$THREADS" -c"$c" -d"$WARMUP" --timeout 10s -s "$LUA" "$BASE" >>"$LOG" 2>&1
}

QUEUE_STATUS="$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PW" "$BASE/agent/queue")"
BASIC="Basic $(printf 'admin:%s' "$PW" | base64 -w0)"
SESSION=""
if [ "$QUEUE_STATUS" = 200 ]; then
  # a logged-in session, so the page is measured without a BCrypt check on every request
  JAR="$RESULTS/cookies.txt"; rm -f "$JAR"
  CSRF="$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)"
  curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PW" \
    --data-urlencode "_csrf=$CSRF" "$BASE/login"
  SESSION="$(awk '$6=="JSESSIONID"{print "JSESSIONID="$7}' "$JAR")"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SESSION" "$BASE/agent/queue")" = 200 ] || SESSION=""
else
  echo "GET /agent/queue -> HTTP $QUEUE_STATUS: the queue page is not on this branch; measuring the list API only" \
    | tee -a "$LOG"
fi

for scenario in $SCENARIOS; do case "$scenario" in
  reads) warm 8 get; warm 8 page "/api/v1/tickets?tier=1&size=25"
    # the queue page has its own code path (Thymeleaf): warm it up too, else run 1 measures the JIT
    [ -n "$SESSION" ] && warm 8 page "/agent/queue" AUTH= COOKIE="$SESSION" ;;
  create) warm 8 create ;;
esac; done

for r in $(seq 1 "$RUNS"); do
  echo "#### run $r/$RUNS" | tee -a "$LOG"
  for scenario in $SCENARIOS; do case "$scenario" in
    reads)
      run get-one-c8 8 get ""
      run list-tier1-c8 8 page "/api/v1/tickets?tier=1&size=25"
      run list-tier1-open-c8 8 page "/api/v1/tickets?tier=1&status=open&size=25"
      run list-tier1-unassigned-c8 8 page "/api/v1/tickets?tier=1&assignee=none&size=25"
      run list-all-statuses-c8 8 page "/api/v1/tickets?status=all&size=25"
      if [ "$QUEUE_STATUS" = 200 ]; then
        run queue-basic-c8 8 page "/agent/queue" AUTH="$BASIC"
        [ -n "$SESSION" ] && run queue-session-c8 8 page "/agent/queue" AUTH= COOKIE="$SESSION"
      fi ;;
    create)
      run create-c1 1 create ""
      run create-c8 8 create ""
      run create-c32 32 create "" ;;
  esac; done
done
echo
echo "Results: $OUT"
python3 "$HERE/summarize.py" "$OUT" | tee "$RESULTS/summary-$STAMP.md"
