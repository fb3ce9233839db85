#!/usr/bin/env bash
# Usage: JAR_DIR=dir-with-tierdesk-old.jar-and-tierdesk-new.jar N=1000 R=2 VERSIONS="old new" bench/mail-ab.sh
# Needs bench/mail-ingest.sh setup done once (PostgreSQL, IMAP server); restarts the app per version.
# A/B of the mail intake: old and new jar alternately; per version a warm-up backlog of N, then R backlogs of N
cd "$(dirname "$0")/.."
N=${N:-1000}; R=${R:-2}
for v in ${VERSIONS:-old new}; do
  pid=$(cat bench/results/app.pid 2>/dev/null); [ -n "$pid" ] && kill $pid 2>/dev/null; sleep 3
  while kill -0 $pid 2>/dev/null; do sleep 1; done
  echo "=== $v $(uptime)"
  JAR="${JAR_DIR:-/tmp}/tierdesk-$v.jar" bench/mail-ingest.sh setup > bench/results/ab-setup-$v.log 2>&1 < /dev/null
  OUT=bench/results/ab-warm-$v.jsonl bench/mail-ingest.sh backlog $N 1 2>&1 | grep -E "tickets|only" | sed 's/^/warm-up /'
  OUT=bench/results/ab-$v.jsonl bench/mail-ingest.sh backlog $N $R 2>&1 | grep -E "tickets|only"
done
