#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 (free port, temp dir), creates the
# database "tierdesk" (user tierdesk / password tierdesk) and prints the JDBC URL.
# State goes to bench/results/pg.env; stop with:  bench/run-postgres.sh stop
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
RESULTS="$HERE/results"; mkdir -p "$RESULTS"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
ENV_FILE="$RESULTS/pg.env"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  [ -f "$ENV_FILE" ] || { echo "no cluster recorded in $ENV_FILE"; exit 0; }
  . "$ENV_FILE"
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop || true
  rm -rf "$PGROOT" "$ENV_FILE"
  echo "stopped and removed $PGROOT"
  exit 0
fi

PORT="${PGPORT:-$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')}"
PGROOT="$(mktemp -d /tmp/tierdesk-pg.XXXXXX)"
PGDATA="$PGROOT/data"
chmod 755 "$PGROOT"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT"
echo tierdesk > "$PGROOT/pw"; [ "$(id -u)" = 0 ] && chown postgres "$PGROOT/pw"
as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres -A scram-sha-256 --pwfile="$PGROOT/pw" -E UTF8 --locale=C.UTF-8 >/dev/null
# A modest, documented configuration for a 2-core / shared box (see docs/performance.md).
cat >> "$PGDATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PGROOT'
max_connections = 100
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 4GB
checkpoint_timeout = 15min
random_page_cost = 1.1
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
log_min_duration_statement = ${PG_LOG_MIN_DURATION:--1}
logging_collector = on
log_directory = '$PGROOT/log'
CONF
as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -w -l "$PGROOT/startup.log" start >/dev/null
export PGPASSWORD=tierdesk
psql -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
create role tierdesk login password 'tierdesk';
create database tierdesk owner tierdesk;
SQL
cat > "$ENV_FILE" <<ENV
PGROOT=$PGROOT
PGDATA=$PGDATA
PGPORT=$PORT
TIERDESK_DB_URL=jdbc:postgresql://127.0.0.1:$PORT/tierdesk
TIERDESK_DB_USER=tierdesk
TIERDESK_DB_PASSWORD=tierdesk
ENV
echo "PostgreSQL 15 running in $PGDATA on 127.0.0.1:$PORT (logs in $PGROOT/log)"
echo "jdbc:postgresql://127.0.0.1:$PORT/tierdesk"
