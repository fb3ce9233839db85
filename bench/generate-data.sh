#!/usr/bin/env bash
# Inserts N tickets (default 1,000,000) with messages and history directly into the PostgreSQL
# database from bench/results/pg.env. The app must have started once (schema + admin).
#   bench/generate-data.sh [N]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/results/pg.env"
N="${1:-1000000}"
PGPASSWORD="$TIERDESK_DB_PASSWORD" psql -h 127.0.0.1 -p "$PGPORT" -U "$TIERDESK_DB_USER" -d tierdesk \
  -v n="$N" -f "$HERE/generate-data.sql" 2>&1 | tee "$HERE/results/generate-data.log"
