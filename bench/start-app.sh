#!/usr/bin/env bash
# Builds the jar once (./mvnw -B -q -DskipTests package) and starts Tierdesk against the
# database in bench/results/pg.env (or TIERDESK_DB_* from the environment) on a given port,
# then waits for /actuator/health.
#   bench/start-app.sh [port] [extra Spring args...]      e.g. bench/start-app.sh 18080
#   bench/start-app.sh stop
# Env: TIERDESK_ADMIN_PASSWORD (default bench-admin-pw), JAVA_OPTS (default -Xms1g -Xmx1g),
#      REBUILD=1 to force a rebuild, JAR=<file> to run another build (e.g. of an earlier commit).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
RESULTS="$HERE/results"; mkdir -p "$RESULTS"
if [ "${1:-}" = stop ]; then
  if [ -f "$RESULTS/app.pid" ]; then kill "$(cat "$RESULTS/app.pid")" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$(cat "$RESULTS/app.pid")" 2>/dev/null || break; sleep 1; done
    rm -f "$RESULTS/app.pid"; echo "app stopped"; fi
  exit 0
fi
PORT="${1:-18080}"; shift || true
[ -f "$RESULTS/pg.env" ] && set -a && . "$RESULTS/pg.env" && set +a
: "${TIERDESK_DB_URL:?run bench/run-postgres.sh first or set TIERDESK_DB_URL}"
export TIERDESK_DB_URL TIERDESK_DB_USER TIERDESK_DB_PASSWORD
export TIERDESK_ADMIN_PASSWORD="${TIERDESK_ADMIN_PASSWORD:-bench-admin-pw}"
JAR="${JAR:-$(ls "$ROOT"/target/tierdesk-*.jar 2>/dev/null | grep -v plain | head -1 || true)}"
if [ -z "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  JAR="$(ls "$ROOT"/target/tierdesk-*.jar | grep -v plain | head -1)"
fi
cd "$RESULTS"   # the app's working directory: the search index goes to ./data/search-index here
nohup java ${JAVA_OPTS:--Xms1g -Xmx1g} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 "$@" \
  > "$RESULTS/app.log" 2>&1 &
echo $! > "$RESULTS/app.pid"
for _ in $(seq 1 "${HEALTH_WAIT:-120}"); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; then
    echo "Tierdesk up on http://127.0.0.1:$PORT (pid $(cat "$RESULTS/app.pid"), log $RESULTS/app.log)"; exit 0
  fi
  kill -0 "$(cat "$RESULTS/app.pid")" 2>/dev/null || { tail -50 "$RESULTS/app.log"; exit 1; }
  sleep 1
done
echo "app did not become healthy in ${HEALTH_WAIT:-120} s"; tail -50 "$RESULTS/app.log"; exit 1
