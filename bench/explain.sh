#!/usr/bin/env bash
# EXPLAIN ANALYZE of the list/queue queries on the benchmark database (bench/results/pg.env).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; . "$HERE/results/pg.env"
export PGPASSWORD="$TIERDESK_DB_PASSWORD"
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U "$TIERDESK_DB_USER" -d tierdesk -X)
TIER="$("${PSQL[@]}" -Atc "select id from tier order by position, id limit 1")"
"${PSQL[@]}" -v tier="$TIER" -f "$HERE/explain.sql" 2>&1 | tee "$HERE/results/explain.txt"
