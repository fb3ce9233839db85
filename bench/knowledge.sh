#!/usr/bin/env bash
# Knowledge search benchmark (issue 4); results in docs/performance.md, "Knowledge search (issue 4)".
#   bench/knowledge.sh data [articles]     after generate-data.sh: ~5 messages a ticket, ticket search copies,
#                                          articles (default 20000) in five languages (knowledge-data.sql)
#   bench/knowledge.sh rebuild [port]      (re)starts the app on an empty index folder and waits for the full
#                                          index build from the database; prints its time, documents and size
#   bench/knowledge.sh load [port] [runs]  agent search and portal suggestions under wrk (c4, 20 s a run)
#   bench/knowledge.sh writes [port] [n]   n articles created one after another through the API (each returns
#                                          when indexed: write-sync)
#   bench/knowledge.sh serve NAME PORT     another app beside start-app.sh's, on the same database: JAR, INDEX_DIR
#                                          (pid and log in results/app-NAME.*); bench/knowledge.sh stop NAME
#   bench/knowledge.sh compare RUNS NAME:PORT NAME:PORT...   the same scenarios against several running apps
#                                          (e.g. two builds), alternating app by app inside each run, so that
#                                          all see the same data and the same load; with the CPU of the app,
#                                          PostgreSQL and everything else ("others", in cores) per run
# Env: DURATION (20), WARMUP (10), CONNECTIONS (4), TIERDESK_ADMIN_PASSWORD (bench-admin-pw), INDEX_DIR (the
#      index folder, default results/search-index), JAR (another build), APP_ARGS (more Spring arguments).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; RESULTS="$HERE/results"; mkdir -p "$RESULTS"
INDEX="${INDEX_DIR:-$RESULTS/search-index}"
PW="${TIERDESK_ADMIN_PASSWORD:-bench-admin-pw}"
[ -f "$RESULTS/pg.env" ] && . "$RESULTS/pg.env"
psql_() { PGPASSWORD="$TIERDESK_DB_PASSWORD" psql -h 127.0.0.1 -p "$PGPORT" -U "$TIERDESK_DB_USER" -d tierdesk "$@"; }

case "${1:-}" in
data)
  start=$(date +%s.%N)
  psql_ -v articles="${2:-20000}" -f "$HERE/knowledge-data.sql"
  echo "knowledge data in $(echo "$(date +%s.%N) - $start" | bc) s"
  ;;
rebuild)
  PORT="${2:-18080}"
  "$HERE/start-app.sh" stop
  rm -rf "$INDEX"
  # the auto-close job postponed: on generated data it would close ~50,000 old resolved tickets (an index
  # commit each) while the index is built
  "$HERE/start-app.sh" "$PORT" --tierdesk.knowledge.index-dir="$INDEX" \
    --tierdesk.workflow.auto-close.initial-delay=PT10H ${APP_ARGS:-}
  for _ in $(seq 1 3600); do
    if grep -q "Indexed everything in" "$RESULTS/app.log"; then break; fi
    grep -q "Could not fill the search index" "$RESULTS/app.log" && { grep -A5 "Could not fill" "$RESULTS/app.log"; exit 1; }
    sleep 1
  done
  grep "Indexed everything in" "$RESULTS/app.log"
  echo "index size: $(du -sb "$INDEX" | cut -f1) bytes ($(du -sh "$INDEX" | cut -f1))"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  ;;
load)
  PORT="${2:-18080}"; RUNS="${3:-3}"; BASE="http://127.0.0.1:$PORT"
  command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
  STAMP="$(date -u +%Y%m%dT%H%M%SZ)"; OUT="$RESULTS/knowledge-$STAMP.jsonl"; : > "$OUT"
  TOKEN="$(curl -fsS -u "admin:$PW" -X POST "$BASE/api/v1/me/tokens" -H 'Content-Type: application/json' \
    -d '{"name":"bench-knowledge"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
  # words from tickets and articles in the five languages, a ticket number, a typo, a three-word question
  SEARCH='printer|VPN|password+reset|printers+third+floor|wachtwoord|stampanti|tulostin|kata+sandi|timeout+error|shared+drive|TD-000123|monitor|lisenssi|connessione+VPN|printr|calendar+Teams+meeting'
  SUGGEST='printer+not+working|my+password+expired|VPN+keeps+dropping|wachtwoord+vergeten|la+stampante+non+stampa|tulostin+ei+toimi|kata+sandi+lupa|second+monitor+black'
  run() { # label connections path queries auth
    LABEL="$1" RESULT_FILE="$OUT" WRK_PATH="$3" QUERIES="$4" AUTH="$5" \
      timeout 120 wrk -t"$(( $2 < 2 ? $2 : 2 ))" -c"$2" -d"${DURATION:-20}s" --timeout 10s --latency -s "$HERE/wrk/knowledge.lua" "$BASE" \
      > /dev/null
  }
  C="${CONNECTIONS:-4}"
  LABEL=warmup RESULT_FILE=/dev/null WRK_PATH='/api/v1/search?limit=10&q={q}' QUERIES="$SEARCH" AUTH="Bearer $TOKEN" \
    timeout 60 wrk -t2 -c"$C" -d"${WARMUP:-10}s" -s "$HERE/wrk/knowledge.lua" "$BASE" > /dev/null
  LABEL=warmup RESULT_FILE=/dev/null WRK_PATH='/portal/help/suggest?subject={q}' QUERIES="$SUGGEST" AUTH="" \
    timeout 60 wrk -t2 -c"$C" -d"${WARMUP:-10}s" -s "$HERE/wrk/knowledge.lua" "$BASE" > /dev/null
  for r in $(seq 1 "$RUNS"); do
    echo "run $r: load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT.load"
    run "search-all-c$C" "$C" '/api/v1/search?limit=10&q={q}' "$SEARCH" "Bearer $TOKEN"
    run "search-articles-c$C" "$C" '/api/v1/search?type=article&limit=10&q={q}' "$SEARCH" "Bearer $TOKEN"
    run "suggest-c$C" "$C" '/portal/help/suggest?subject={q}' "$SUGGEST" ""
    run "search-all-c1" 1 '/api/v1/search?limit=10&q={q}' "$SEARCH" "Bearer $TOKEN"
  done
  python3 "$HERE/summarize.py" "$OUT"
  ;;
writes)
  PORT="${2:-18080}"; N="${3:-200}"; BASE="http://127.0.0.1:$PORT"
  start=$(date +%s.%N)
  for i in $(seq 1 "$N"); do
    curl -fsS -o /dev/null -u "admin:$PW" -H 'Content-Type: application/json' "$BASE/api/v1/knowledge/articles" \
      -d "{\"language\":\"en\",\"title\":\"Bench article $i about the printer queue\",\"body\":\"<p>Restart the spooler $i, then print a test page.</p>\"}"
  done
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  echo "$N articles in $secs s: $(echo "scale=1; $N / $secs" | bc) articles/s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  ;;
serve)
  NAME="$2"; PORT="$3"; shift 3
  [ -f "$RESULTS/pg.env" ] && set -a && . "$RESULTS/pg.env" && set +a
  export TIERDESK_ADMIN_PASSWORD="$PW"
  : "${JAR:?JAR=<the build to run>}"; : "${INDEX_DIR:?INDEX_DIR=<its own index folder>}"
  cd "$RESULTS"
  nohup java ${JAVA_OPTS:--Xms1g -Xmx1g} -jar "$JAR" --server.port="$PORT" \
    --server.address=127.0.0.1 --tierdesk.knowledge.index-dir="$INDEX_DIR" \
    --tierdesk.workflow.auto-close.initial-delay=PT10H "$@" > "$RESULTS/app-$NAME.log" 2>&1 &
  echo $! > "$RESULTS/app-$NAME.pid"
  for _ in $(seq 1 "${HEALTH_WAIT:-300}"); do
    [ "$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | cut -d= -f2 | head -1)" = "$(cat "$RESULTS/app-$NAME.pid")" ] &&
    curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP && { echo "$NAME up on $PORT"; exit 0; }
    kill -0 "$(cat "$RESULTS/app-$NAME.pid")" 2>/dev/null || { tail -30 "$RESULTS/app-$NAME.log"; exit 1; }
    sleep 1
  done
  echo "$NAME did not become healthy"; exit 1
  ;;
stop)
  PIDFILE="$RESULTS/app-$2.pid"
  [ -f "$PIDFILE" ] && { kill "$(cat "$PIDFILE")" 2>/dev/null || true; rm -f "$PIDFILE"; echo "$2 stopped"; }
  ;;
compare)
  RUNS="$2"; shift 2
  command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
  TICK_MS=$((1000 / $(getconf CLK_TCK)))
  proc_cpu() { # ms of CPU of a process and its children
    local pid="$1" total child
    [ -r "/proc/$pid/stat" ] || { echo 0; return; }
    total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat")
    for child in $(pgrep -P "$pid" 2>/dev/null); do
      total=$((total + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
    echo $((total * TICK_MS))
  }
  machine_cpu() { awk '/^cpu / {print ($2 + $3 + $4 + $7 + $8 + $9) * '"$TICK_MS"'}' /proc/stat; }
  pg_pid() { head -1 "$PGDATA/postmaster.pid" 2>/dev/null; }
  port_pid() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
  STAMP="$(date -u +%Y%m%dT%H%M%SZ)"; OUT="$RESULTS/knowledge-compare-$STAMP.jsonl"; : > "$OUT"
  SEARCH='printer|VPN|password+reset|printers+third+floor|wachtwoord|stampanti|tulostin|kata+sandi|timeout+error|shared+drive|TD-000123|monitor|lisenssi|connessione+VPN|printr|calendar+Teams+meeting'
  SUGGEST='printer+not+working|my+password+expired|VPN+keeps+dropping|wachtwoord+vergeten|la+stampante+non+stampa|tulostin+ei+toimi|kata+sandi+lupa|second+monitor+black|printe|pasword+expird'
  declare -A TOKENS
  for app in "$@"; do
    NAME="${app%%:*}"; PORT="${app##*:}"
    TOKENS[$NAME]="$(curl -fsS -u "admin:$PW" -X POST "http://127.0.0.1:$PORT/api/v1/me/tokens" \
      -H 'Content-Type: application/json' -d '{"name":"bench-compare"}' \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
    for path in '/api/v1/search?limit=10&q={q}' '/portal/help/suggest?subject={q}'; do
      case "$path" in /api*) Q="$SEARCH"; A="Bearer ${TOKENS[$NAME]}";; *) Q="$SUGGEST"; A="";; esac
      LABEL=warmup RESULT_FILE=/dev/null WRK_PATH="$path" QUERIES="$Q" AUTH="$A" \
        timeout 60 wrk -t2 -c4 -d"${WARMUP:-10}s" -s "$HERE/wrk/knowledge.lua" "http://127.0.0.1:$PORT" > /dev/null
    done
  done
  SCENARIOS="search-all-c1 search-all-c4 suggest-c1 suggest-c4"
  for r in $(seq 1 "$RUNS"); do
    APPS=("$@"); [ $((r % 2)) = 0 ] && APPS=($(printf '%s\n' "$@" | tac))   # alternate who goes first
    for sc in $SCENARIOS; do
      C="${sc##*-c}"
      case "$sc" in search*) P='/api/v1/search?limit=10&q={q}'; Q="$SEARCH";; *) P='/portal/help/suggest?subject={q}'; Q="$SUGGEST";; esac
      for app in "${APPS[@]}"; do
        NAME="${app%%:*}"; PORT="${app##*:}"; PID="$(port_pid "$PORT")"
        case "$sc" in search*) A="Bearer ${TOKENS[$NAME]}";; *) A="";; esac
        LOAD="$(cut -d' ' -f1 /proc/loadavg)"; m0=$(machine_cpu); a0=$(proc_cpu "$PID"); p0=$(proc_cpu "$(pg_pid)"); t0=$(date +%s%N)
        LABEL="$sc@$NAME" RESULT_FILE="$OUT" WRK_PATH="$P" QUERIES="$Q" AUTH="$A" \
          timeout 120 wrk -t"$(( C < 2 ? C : 2 ))" -c"$C" -d"${DURATION:-15}s" --timeout 10s --latency \
          -s "$HERE/wrk/knowledge.lua" "http://127.0.0.1:$PORT" > /dev/null
        m1=$(machine_cpu); a1=$(proc_cpu "$PID"); p1=$(proc_cpu "$(pg_pid)"); t1=$(date +%s%N)
        python3 -c "import json,sys; w=(int(sys.argv[7])-int(sys.argv[6]))/1e6; m,a,p=[float(x) for x in sys.argv[3:6]]; \
print(json.dumps({'label':sys.argv[1],'cpu':True,'run':int(sys.argv[8]),'loadavg':float(sys.argv[2]),'app_cores':round(a/w,2), \
'pg_cores':round(p/w,2),'others_cores':round(max(0.0,m-a-p)/w,2)}))" \
          "$sc@$NAME" "$LOAD" "$((m1 - m0))" "$((a1 - a0))" "$((p1 - p0))" "$t0" "$t1" "$r" >> "$OUT"
      done
    done
    echo "run $r done: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  done
  python3 - "$OUT" <<'PY'
import json, statistics, sys
rows, cpu = {}, {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    (cpu if r.get("cpu") else rows).setdefault(r["label"], []).append(r)
print("| scenario @ build | runs | req/s | p50 ms (runs) | p95 ms (runs) | p99 ms | app cores | others cores (incl. wrk) | load avg |")
print("|---|---:|---:|---|---|---:|---:|---:|---:|")
for label, rs in rows.items():
    med = lambda k: statistics.median(r[k] for r in rs)
    each = lambda k: " / ".join(f"{r[k]:.0f}" for r in rs)
    c = cpu.get(label, [])
    cm = lambda k: f"{statistics.median(x[k] for x in c):.2f}" if c else ""
    print(f"| {label} | {len(rs)} | {med('rps'):.1f} | **{med('p50_ms'):.1f}** ({each('p50_ms')}) | "
          f"**{med('p95_ms'):.1f}** ({each('p95_ms')}) | {med('p99_ms'):.1f} | {cm('app_cores')} | {cm('others_cores')} | {cm('loadavg')} |")
PY
  echo "raw: $OUT"
  ;;
*) sed -n 2,10p "$0"; exit 1 ;;
esac
