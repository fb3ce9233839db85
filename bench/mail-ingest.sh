#!/usr/bin/env bash
# Mail ingestion benchmark: mail APPENDed into an IMAP folder → Tierdesk polls it → tickets.
#
#   bench/mail-ingest.sh all                 series, then the 25 MB cases (big 25, twice), then stop
#   bench/mail-ingest.sh series              setup, warm-up burst of 1000, 3 bursts of BURST (3000),
#                                            3 runs at RATE (50) mails/s for RATE_SECONDS (60)
#   bench/mail-ingest.sh setup               PostgreSQL (run-postgres.sh), IMAP server (imap-server.sh),
#                                            the app (start-app.sh) and a mailbox polled every second
#   bench/mail-ingest.sh burst N [runs]      N mails appended at once; messages/s until all are tickets
#   bench/mail-ingest.sh rate R S [runs]     R mails/s for S seconds; delay from APPEND to ticket
#   bench/mail-ingest.sh backlog N [runs]    N mails waiting in another folder, moved into the INBOX at once: the
#                                            intake's pace on a backlog, without the loader running beside it
#   bench/mail-ingest.sh big MB [app args]   restarts the app with a small heap (JAVA_OPTS, -Xmx256m) and
#                                            sends one mail with an MB attachment; peak heap vs a baseline
#   bench/mail-ingest.sh stop                stops the app, the IMAP server and PostgreSQL
#
#   bench/mail-ingest.sh summary [file]      the table of medians of a results file (default: the newest)
#
# Env: APP_PORT (18081), IMAP_KIND (dovecot | greenmail), IMAP_PORT (3143), POLL_INTERVAL (1, seconds,
#      the mailbox's), CHECK_INTERVAL (PT0.25S, the default of tierdesk.mail.poll-check-interval), APP_ARGS (extra Spring
#      args for the app), JAVA_OPTS (default -Xms1g -Xmx1g; big: -Xmx256m -Xlog:gc), JAR (another build),
#      BURST (3000), RATE (50), RATE_SECONDS (60), CONNECTIONS (4, APPEND connections of a burst),
#      SENDERS (300), WAIT_MAX (seconds to wait for the tickets of one run; default N/20 + 60),
#      OUT (results file), TIERDESK_ADMIN_PASSWORD.
# Every run is bounded (fixed count, fixed duration, WAIT_MAX). Results: bench/results/mail-ingest-*.jsonl,
# one JSON line per run, and a table of medians at the end.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
RESULTS="$HERE/results"; mkdir -p "$RESULTS"
APP_PORT="${APP_PORT:-18081}"; IMAP_KIND="${IMAP_KIND:-dovecot}"; export IMAP_PORT="${IMAP_PORT:-3143}"
POLL_INTERVAL="${POLL_INTERVAL:-1}"; CONNECTIONS="${CONNECTIONS:-4}"; SENDERS="${SENDERS:-300}"
PW="${TIERDESK_ADMIN_PASSWORD:-bench-admin-pw}"; export TIERDESK_ADMIN_PASSWORD="$PW"
BASE="http://127.0.0.1:$APP_PORT"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="${OUT:-$RESULTS/mail-ingest-$STAMP.jsonl}"
# the app looks for due mailboxes every CHECK_INTERVAL; the mailbox's own interval is POLL_INTERVAL
POLL_ARGS=(--tierdesk.mail.poll-check-interval="${CHECK_INTERVAL:-PT0.25S}" --tierdesk.mail.poll-initial-delay=PT1S)

M2="${M2:-$HOME/.m2/repository}"
LOADER_CP="$M2/org/eclipse/angus/angus-mail/2.0.5/angus-mail-2.0.5.jar:$M2/jakarta/mail/jakarta.mail-api/2.1.5/jakarta.mail-api-2.1.5.jar:$M2/jakarta/activation/jakarta.activation-api/2.1.4/jakarta.activation-api-2.1.4.jar:$M2/org/eclipse/angus/angus-activation/2.0.3/angus-activation-2.0.3.jar"
ensure_loader_cp() {
  local jar missing=0
  for jar in ${LOADER_CP//:/ }; do [ -f "$jar" ] || missing=1; done
  if [ "$missing" = 1 ]; then
    for a in org.eclipse.angus:angus-mail:2.0.5 jakarta.mail:jakarta.mail-api:2.1.5 \
      jakarta.activation:jakarta.activation-api:2.1.4 org.eclipse.angus:angus-activation:2.0.3; do
      (cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact="$a" -Dtransitive=false)
    done
  fi
}

pg_env() { . "$RESULTS/pg.env"; export PGPASSWORD="$TIERDESK_DB_PASSWORD"; }
sql() { pg_env; psql -h 127.0.0.1 -p "$PGPORT" -U "$TIERDESK_DB_USER" -d tierdesk -qAt -v ON_ERROR_STOP=1 "$@"; }
app_pid() { cat "$RESULTS/app.pid"; }
api() { curl -fsS -u "admin:$PW" -H 'Content-Type: application/json' "$@"; }

TICK_MS=$((1000 / $(getconf CLK_TCK)))
# CPU (ms) of a process and of its children: utime+stime, plus cutime+cstime (children that ended,
# e.g. PostgreSQL backends and Dovecot imap processes of closed connections), plus living children
tree_cpu_ms() {
  local pid="$1" total=0 child
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || { echo 0; return; }
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat")
  for child in $(pgrep -P "$pid" 2>/dev/null); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo $((total * TICK_MS))
}
app_cpu() { tree_cpu_ms "$(app_pid)"; }
# CPU (ms) used by the whole machine (all cores; /proc/stat busy jiffies): what is left after the app,
# PostgreSQL, the IMAP server and the loader is other people's load on the shared machine
machine_cpu() { awk '/^cpu / {print ($2 + $3 + $4 + $7 + $8 + $9) * '"$TICK_MS"'}' /proc/stat; }
pg_cpu() { pg_env; tree_cpu_ms "$(head -1 "$PGDATA/postmaster.pid" 2>/dev/null)"; }
imap_cpu() {
  . "$RESULTS/imap.env"
  if [ "$IMAP_KIND" = dovecot ]; then tree_cpu_ms "$(cat "$IMAP_ROOT/run/master.pid" 2>/dev/null)"
  else tree_cpu_ms "$IMAP_PID"; fi
}

# heap used after a full GC, in MB (forces a GC: only between runs)
heap_after_gc() {
  jcmd "$(app_pid)" GC.run >/dev/null
  jcmd "$(app_pid)" GC.heap_info | awk '/garbage-first heap|used/ && /used/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K,?/, "", v); printf "%.1f\n", v / 1024; exit } }'
}
# jstat -gc sampling every 200 ms into a file, in the background
start_jstat() { jstat -gc "$(app_pid)" 200 > "$1" 2>/dev/null & JSTAT_PID=$!; }
stop_jstat() { kill "$JSTAT_PID" 2>/dev/null || true; wait "$JSTAT_PID" 2>/dev/null || true; }
# peak heap used (S0U+S1U+EU+OU) and peak old generation (OU, incl. humongous regions), MB
jstat_peaks() {
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"];
         if (used > max) max = used; if ($col["OU"] > maxo) maxo = $col["OU"] }
       END { printf "%.1f %.1f\n", max / 1024, maxo / 1024 }' "$1"
}

wait_healthy() {
  for _ in $(seq 1 120); do
    curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP && return 0; sleep 1
  done
  echo "app not healthy"; exit 1
}

start_app() { # [extra spring args...]
  bench_start_args=("${POLL_ARGS[@]}")
  # shellcheck disable=SC2206
  [ -n "${APP_ARGS:-}" ] && bench_start_args+=($APP_ARGS)
  "$HERE/start-app.sh" "$APP_PORT" "${bench_start_args[@]}" "$@"
}

ensure_mailbox() { # the mailbox "Bench IMAP", polled every POLL_INTERVAL seconds (re-created if it differs)
  local found id interval
  found="$(api "$BASE/api/v1/mailboxes" | python3 -c '
import json, sys
m = next((m for m in json.load(sys.stdin) if m["name"] == "Bench IMAP"), None)
print("%s %s" % (m["id"], m["pollIntervalSeconds"]) if m else "")')"
  id="${found% *}"; interval="${found#* }"
  if [ -n "$found" ] && [ "$interval" != "$POLL_INTERVAL" ]; then
    api -X DELETE "$BASE/api/v1/mailboxes/$id" >/dev/null; found=""
  fi
  if [ -z "$found" ]; then
    id="$(curl -sS -u "admin:$PW" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/mailboxes" -d "{\"name\": \"Bench IMAP\", \"protocol\": \"imap\",
      \"host\": \"127.0.0.1\", \"port\": $IMAP_PORT, \"username\": \"support\", \"secret\": \"secret\",
      \"folder\": \"INBOX\", \"pollIntervalSeconds\": $POLL_INTERVAL, \"afterProcessing\": \"mark-seen\",
      \"supportAddress\": \"support@tierdesk.test\", \"enabled\": true}" | python3 -c '
import json, sys
text = sys.stdin.read()
try:
    print(json.loads(text)["id"])
except Exception:
    sys.exit("mailbox not created: " + text)')"
    echo "mailbox $id created (IMAP 127.0.0.1:$IMAP_PORT, polled every $POLL_INTERVAL s)"
  fi
  MAILBOX_ID="$id"
}

setup() {
  [ -f "$RESULTS/pg.env" ] || "$HERE/run-postgres.sh"
  [ -f "$RESULTS/imap.env" ] || "$HERE/imap-server.sh" start "$IMAP_KIND"
  if ! { [ -f "$RESULTS/app.pid" ] && kill -0 "$(app_pid)" 2>/dev/null; }; then start_app; fi
  ensure_mailbox
  ensure_loader_cp
}

loader() { # RUN MODE ARGS...: MailLoad under a time limit; its CPU goes to $RESULTS/loader-RUN.time
  local run="$1"; shift
  . "$RESULTS/imap.env"
  /usr/bin/time -f '%U %S' -o "$RESULTS/loader-$run.time" timeout 900 java -Xmx1g -cp "$LOADER_CP" \
    "$HERE/MailLoad.java" --port "$IMAP_PORT" --senders "$SENDERS" --connections "$CONNECTIONS" --run "$run" \
    --sent-file "$RESULTS/mail-$run.sent.csv" "$@"
}

# staging_folder create | move SENT_CSV: the folder "Staging" of the bench user; "move" moves all its mail
# into the INBOX in one command and sets every mail's sent time in SENT_CSV to the moment of the move
staging_folder() {
  . "$RESULTS/imap.env"
  python3 - "$IMAP_PORT" "$@" <<'PY'
import csv, imaplib, sys, time
port, action = int(sys.argv[1]), sys.argv[2]
imap = imaplib.IMAP4("127.0.0.1", port)
imap.login("support", "secret")
if action == "create":
    imap.create("Staging")  # answers NO when it exists
    imap.select("Staging")
    imap.uid("STORE", "1:*", "+FLAGS.SILENT", "(\\Deleted)")
    imap.expunge()
else:
    imap.select("Staging")
    moved_ms = int(time.time() * 1000)
    typ, data = imap.uid("MOVE", "1:*", "INBOX")
    if typ != "OK":
        sys.exit("MOVE failed: %s %s" % (typ, data))
    rows = list(csv.reader(open(sys.argv[3])))
    for row in rows[1:]:
        row[2] = str(moved_ms)
    csv.writer(open(sys.argv[3], "w", newline="")).writerows(rows)
    print("backlog of %d mails moved into the INBOX" % (len(rows) - 1))
imap.logout()
PY
}

# wait_for RUN N FIRST_ID: waits until the intake has recorded the run's N mails (ids above FIRST_ID)
wait_for() {
  local run="$1" n="$2" first="$3" wait_max="${WAIT_MAX:-$(($2 / 20 + 60))}" t0 done=0 got=0
  t0=$(date +%s)
  while [ $(( $(date +%s) - t0 )) -lt "$wait_max" ]; do
    got="$(sql -c "select count(*) from inbound_mail where id > $first and subject like 'bench-$run-%'")"
    [ "$got" -ge "$n" ] && { done=1; break; }
    sleep 0.5
  done
  [ "$done" = 1 ] || echo "!! only $got of $n mails arrived within $wait_max s"
}

stats_json() { # RUN -> JSON fields from the database
  local run="$1" file="$RESULTS/mail-$1.sent.csv"
  sql <<SQL
create temp table sent (seq int, subject text, sent_ms bigint, bytes int);
\copy sent from '$file' with (format csv, header)
with d as (
  select s.sent_ms, extract(epoch from t.created_at) * 1000 as created_ms,
         extract(epoch from t.created_at) * 1000 - s.sent_ms as delay
  from sent s join ticket t on t.subject = s.subject)
select json_build_object(
  'sent', (select count(*) from sent),
  'tickets', count(*),
  'outcomes', (select json_object_agg(outcome, c) from (select outcome, count(*) c from inbound_mail
                where subject like 'bench-$run-%' group by outcome) o),
  'first_sent_ms', (select min(sent_ms) from sent), 'last_sent_ms', (select max(sent_ms) from sent),
  'first_ticket_ms', round(min(created_ms)), 'last_ticket_ms', round(max(created_ms)),
  'delay_p50_ms', round(percentile_cont(0.5) within group (order by delay)::numeric),
  'delay_p95_ms', round(percentile_cont(0.95) within group (order by delay)::numeric),
  'delay_p99_ms', round(percentile_cont(0.99) within group (order by delay)::numeric),
  'delay_max_ms', round(max(delay)))
from d;
SQL
}

# one_run MODE N|R S -> one JSON line in $OUT
one_run() {
  local mode="$1"; shift
  local run n first_id gc0 gcinfo app0 pg0 imap0 app1 pg1 imap1 all0 all1 w0 w1 heap0 heap1 jfile peaks t_load loadavg extra stats
  case "$mode" in burst) run=b ;; rate) run=r ;; big) run=g ;; backlog) run=k ;; esac
  run="$run$(date -u +%H%M%S)$RANDOM"
  case "$mode" in burst|backlog) n="$1" ;; rate) n=$(( $1 * $2 )) ;; big) n=1 ;; esac
  "$HERE/imap-server.sh" expunge       # every run starts with an empty INBOX (earlier runs' mail is \Seen)
  heap0="$(heap_after_gc)"
  first_id="$(sql -c "select coalesce(max(id), 0) from inbound_mail")"
  gc0=0; [ -f "$RESULTS/gc-app.log" ] && gc0="$(wc -l < "$RESULTS/gc-app.log")"
  jfile="$RESULTS/jstat-$run.txt"; start_jstat "$jfile"
  app0=$(app_cpu); pg0=$(pg_cpu); imap0=$(imap_cpu); all0=$(machine_cpu); w0=$(date +%s%3N)
  echo "== $mode $* (run $run, $n mails)"
  if [ "$mode" = backlog ]; then
    # the mails wait in a folder Tierdesk does not poll, then appear in the INBOX at once (IMAP MOVE): the
    # loader's work is over before the intake starts, and every mail's "sent" time is the moment of the move
    staging_folder create
    loader "$run" --folder Staging burst "$@" | tee "$RESULTS/loader-$run.log"
    staging_folder move "$RESULTS/mail-$run.sent.csv"
  else
    loader "$run" "$mode" "$@" | tee "$RESULTS/loader-$run.log"
  fi
  wait_for "$run" "$n" "$first_id"
  app1=$(app_cpu); pg1=$(pg_cpu); imap1=$(imap_cpu); all1=$(machine_cpu); w1=$(date +%s%3N)
  loadavg="$(cut -d' ' -f1 /proc/loadavg)"
  stop_jstat
  heap1="$(heap_after_gc)"
  peaks="$(jstat_peaks "$jfile")"
  t_load="$(awk '{printf "%d", ($1 + $2) * 1000}' "$RESULTS/loader-$run.time")"
  # from the GC log (-Xlog:gc, the big case): the largest heap after a collection during the run,
  # how many collections there were and how many were started by a humongous (large array) allocation
  gcinfo="$( { [ ! -f "$RESULTS/gc-app.log" ] || tail -n +"$((gc0 + 1))" "$RESULTS/gc-app.log"; } | python3 -c '
import re, sys
after, n, hum = 0, 0, 0
for line in sys.stdin:
    m = re.search(r"(\d+)M->(\d+)M\((\d+)M\)", line)
    if m and "Pause Full" not in line:
        n += 1; after = max(after, int(m.group(2))); hum += "Humongous" in line
print("\"gc_count\":%d,\"gc_max_after_mb\":%d,\"gc_humongous\":%d" % (n, after, hum))')"
  stats="$(stats_json "$run")"
  extra="{\"mode\":\"$mode\",\"args\":\"$*\",\"run\":\"$run\",\"imap\":\"$IMAP_KIND\",\"poll_interval\":$POLL_INTERVAL,
    \"check_interval\":\"${CHECK_INTERVAL:-PT0.25S}\",\"jar\":\"$(basename "${JAR:-default}")\",\"java_opts\":\"${JAVA_OPTS:-}\",
    \"app_args\":\"${APP_ARGS:-}\",\"app_cpu_ms\":$((app1 - app0)),\"pg_cpu_ms\":$((pg1 - pg0)),
    \"imap_cpu_ms\":$((imap1 - imap0)),\"loader_cpu_ms\":$t_load,
    \"other_cpu_ms\":$((all1 - all0 - (app1 - app0) - (pg1 - pg0) - (imap1 - imap0) - t_load)),\"wall_ms\":$((w1 - w0)),\"heap_after_gc_before_mb\":$heap0,
    \"heap_after_gc_after_mb\":$heap1,\"heap_peak_mb\":${peaks% *},$gcinfo,\"old_peak_mb\":${peaks#* },\"loadavg\":$loadavg}"
  python3 - "$extra" "$stats" >> "$OUT" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); r.update(json.loads(sys.argv[2]))
t = r.get("tickets") or 0
if t:
    span = (r["last_ticket_ms"] - r["first_sent_ms"]) / 1000
    r["msgs_per_s"] = round(t / span, 1) if span > 0 else None
    drain = (r["last_ticket_ms"] - r["first_ticket_ms"]) / 1000
    r["drain_msgs_per_s"] = round((t - 1) / drain, 1) if drain > 0 and t > 1 else None
    r["append_msgs_per_s"] = round(r["sent"] / max(0.001, (r["last_sent_ms"] - r["first_sent_ms"]) / 1000), 1)
    for k in ("app", "pg", "imap", "loader"):
        r[k + "_cpu_ms_per_msg"] = round(r[k + "_cpu_ms"] / t, 2)
# cores busy with other people's work during the run (0..2 on this machine)
r["other_cores"] = round(max(0, r["other_cpu_ms"]) / max(1, r["wall_ms"]), 2)
print(json.dumps(r))
PY
  tail -1 "$OUT" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("   tickets %s/%s %s | %s msg/s (drain %s) | delay p50 %s p95 %s max %s ms | CPU ms/msg app %s pg %s imap %s loader %s, others %s cores | heap after GC %s -> %s MB, peak %s MB (old %s)" % (
  r.get("tickets"), r.get("sent"), r.get("outcomes"), r.get("msgs_per_s"), r.get("drain_msgs_per_s"),
  r.get("delay_p50_ms"), r.get("delay_p95_ms"), r.get("delay_max_ms"), r.get("app_cpu_ms_per_msg"),
  r.get("pg_cpu_ms_per_msg"), r.get("imap_cpu_ms_per_msg"), r.get("loader_cpu_ms_per_msg"), r.get("other_cores"),
  r["heap_after_gc_before_mb"], r["heap_after_gc_after_mb"], r["heap_peak_mb"], r["old_peak_mb"]))'
  rm -f "$RESULTS/loader-$run.time"
}

summary() { # FILE
  python3 - "$1" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
groups = {}
for r in rows:
    setup = " ".join(x for x in (r.get("jar", ""), "interval %ss" % r["poll_interval"] if "poll_interval" in r else "",
                                 "check " + r["check_interval"] if "check_interval" in r else "",
                                 r.get("java_opts", ""), r.get("app_args", "")) if x)
    groups.setdefault((r["mode"], r["args"], setup), []).append(r)
keys = ["msgs_per_s", "drain_msgs_per_s", "delay_p50_ms", "delay_p95_ms", "delay_max_ms", "app_cpu_ms_per_msg",
        "pg_cpu_ms_per_msg", "imap_cpu_ms_per_msg", "heap_after_gc_before_mb", "heap_after_gc_after_mb", "heap_peak_mb",
        "old_peak_mb", "gc_max_after_mb", "gc_humongous", "other_cores", "loadavg"]
print("| mode | args | setup | runs | tickets | " + " | ".join(keys) + " |")
print("|---|---|---|---:|---:|" + "---:|" * len(keys))
def med(rs, k):
    v = [r[k] for r in rs if r.get(k) is not None]
    return round(statistics.median(v), 1) if v else ""
for (mode, args, setup), rs in groups.items():
    print(f"| {mode} | {args} | {setup} | {len(rs)} | {med(rs, 'tickets')} | "
          + " | ".join(str(med(rs, k)) for k in keys) + " |")
PY
}

stop_all() {
  "$HERE/start-app.sh" stop || true
  "$HERE/imap-server.sh" stop || true
  "$HERE/run-postgres.sh" stop || true
}

cmd="${1:-}"; shift || true
case "$cmd" in
  setup) setup ;;
  burst) setup; for _ in $(seq 1 "${2:-1}"); do one_run burst "$1"; done; summary "$OUT" ;;
  rate) setup; for _ in $(seq 1 "${3:-1}"); do one_run rate "$1" "$2"; done; summary "$OUT" ;;
  backlog) setup; for _ in $(seq 1 "${2:-1}"); do one_run backlog "$1"; done; summary "$OUT" ;;
  big)
    mb="$1"; shift
    "$HERE/start-app.sh" stop
    export JAVA_OPTS="${JAVA_OPTS:--Xmx256m -Xlog:gc:file=$RESULTS/gc-app.log}"
    APP_ARGS="${APP_ARGS:-}${*:+ $*}"
    setup
    one_run burst 300                                  # warm-up at this heap
    for _ in 1 2 3; do one_run burst 25; done          # baseline: 25 ordinary mails (2 with 200 KB)
    one_run big "$mb"
    sql -c "select 'ticket ' || t.number || ': ' || coalesce(string_agg(a.filename || ' ' || a.size_bytes || ' bytes',
              ', '), 'no attachment') || ' | ' || (select count(*) from ticket_message m where m.ticket_id = t.id)
              || ' messages | raw kept: ' || coalesce((select max(r.size_bytes) from inbound_mail r
              where r.ticket_id = t.id), 0) || ' bytes'
            from ticket t left join attachment a on a.ticket_id = t.id
            where t.subject = (select subject from inbound_mail where subject like 'bench-g%-1' order by id desc limit 1)
            group by t.id, t.number" | sed 's/^/   /'
    echo "   OutOfMemoryError in app.log: $(grep -c OutOfMemoryError "$RESULTS/app.log" || true)"
    summary "$OUT" ;;
  series) # warm-up, 3 bursts, 3 runs at 50/s, on the running (or a new) app
    setup
    one_run burst 1000                     # warm-up (JIT), recorded but not part of the medians below
    for _ in 1 2 3; do one_run burst "${BURST:-3000}"; done
    for _ in 1 2 3; do one_run rate "${RATE:-50}" "${RATE_SECONDS:-60}"; done
    summary "$OUT" ;;
  all)
    OUT="$OUT" "$0" series
    "$HERE/start-app.sh" stop
    OUT="$OUT" "$0" big 25
    OUT="$OUT" "$0" big 25 --tierdesk.ticket.max-attachment-size=30MB
    summary "$OUT"
    stop_all ;;
  summary) summary "${1:-$(ls -t "$RESULTS"/mail-ingest-*.jsonl | head -1)}" ;;
  stop) stop_all ;;
  *) sed -n '2,24p' "$0"; exit 64 ;;
esac
