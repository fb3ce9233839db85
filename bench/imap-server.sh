#!/usr/bin/env bash
# A throwaway IMAP server for the mail-ingestion benchmark, on 127.0.0.1:$IMAP_PORT (3143), with
# one user "support" / "secret" (support@tierdesk.test).
#   bench/imap-server.sh start [dovecot|greenmail]     (default: dovecot)
#   bench/imap-server.sh stop
#
# dovecot: a private Dovecot instance (Debian's dovecot-imapd binary, its own configuration,
#   base_dir and mail under a temp dir; it never reads /etc/dovecot, so a system Dovecot on
#   port 143 is left alone). Mail is stored on disk in Dovecot's mdbox format (flags in the index;
#   Maildir renames a file per \Seen flag and rescans the folder, which made Dovecot the
#   benchmark's largest CPU user).
#   bench/imap-server.sh expunge    removes the messages flagged \Seen (between runs)
# greenmail: GreenMail standalone 2.1.13 (bench/.cache, fetched once with ./mvnw dependency:copy),
#   messages in its heap. Its IMAP server answers each command ~40 ms late on Linux (small
#   writes without TCP_NODELAY meet delayed ACKs: see docs/performance.md "Mail ingestion"), so it
#   measures GreenMail more than Tierdesk; it is kept for comparison.
# State: bench/results/imap.env
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(dirname "$HERE")"
RESULTS="$HERE/results"; mkdir -p "$RESULTS"
ENV_FILE="$RESULTS/imap.env"
IMAP_PORT="${IMAP_PORT:-3143}"
GREENMAIL_JAR="$HERE/.cache/greenmail-standalone-2.1.13.jar"

stop() {
  [ -f "$ENV_FILE" ] || { echo "no IMAP server recorded in $ENV_FILE"; return 0; }
  . "$ENV_FILE"
  if [ "$IMAP_KIND" = dovecot ]; then
    dovecot -c "$IMAP_ROOT/dovecot.conf" stop 2>/dev/null || true
    for _ in $(seq 1 20); do [ -e "$IMAP_ROOT/run/master.pid" ] || break; sleep 0.5; done
  else
    kill "$IMAP_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$IMAP_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -rf "$IMAP_ROOT" "$ENV_FILE"
  echo "IMAP server ($IMAP_KIND) stopped"
}

case "${1:-start}" in
  stop) stop; exit 0 ;;
  expunge)
    . "$ENV_FILE"
    if [ "$IMAP_KIND" = dovecot ]; then
      doveadm -c "$IMAP_ROOT/dovecot.conf" expunge -u support mailbox INBOX SEEN
    fi
    exit 0 ;;
  start) ;;
  *) echo "usage: $0 start [dovecot|greenmail] | expunge | stop"; exit 64 ;;
esac
KIND="${2:-dovecot}"
[ -f "$ENV_FILE" ] && stop
if (exec 3<>"/dev/tcp/127.0.0.1/$IMAP_PORT") 2>/dev/null; then
  echo "port $IMAP_PORT is taken: set IMAP_PORT"; exit 1
fi
IMAP_ROOT="$(mktemp -d /tmp/tierdesk-imap.XXXXXX)"
chmod 755 "$IMAP_ROOT"

if [ "$KIND" = dovecot ]; then
  command -v dovecot >/dev/null || { echo "dovecot missing: apt-get install -y dovecot-imapd"; exit 1; }
  mkdir -p "$IMAP_ROOT/run" "$IMAP_ROOT/home/support"
  chown -R nobody:nogroup "$IMAP_ROOT/home"
  echo "support:{PLAIN}secret::::::" > "$IMAP_ROOT/users"
  cat > "$IMAP_ROOT/dovecot.conf" <<CONF
# Benchmark instance; nothing of /etc/dovecot is read.
instance_name = tierdesk-bench
base_dir = $IMAP_ROOT/run
state_dir = $IMAP_ROOT/state
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = $IMAP_ROOT/dovecot.log
mail_location = mdbox:~/mdbox
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 1
default_login_user = dovenull
default_internal_user = dovecot
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n $IMAP_ROOT/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$IMAP_ROOT/home/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
CONF
  mkdir -p "$IMAP_ROOT/state"
  dovecot -c "$IMAP_ROOT/dovecot.conf"
  PID=""
else
  [ -f "$GREENMAIL_JAR" ] || (cd "$ROOT" && ./mvnw -B -q dependency:copy \
    -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory="$HERE/.cache")
  nohup java ${GREENMAIL_OPTS:--Xmx2g} -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$IMAP_PORT" \
    -Dgreenmail.users=support:secret@tierdesk.test -jar "$GREENMAIL_JAR" > "$IMAP_ROOT/greenmail.log" 2>&1 &
  PID=$!
fi
cat > "$ENV_FILE" <<ENV
IMAP_KIND=$KIND
IMAP_ROOT=$IMAP_ROOT
IMAP_PORT=$IMAP_PORT
IMAP_PID=$PID
ENV
for _ in $(seq 1 40); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$IMAP_PORT") 2>/dev/null; then
    echo "IMAP server ($KIND) on 127.0.0.1:$IMAP_PORT, user support / secret (state in $IMAP_ROOT)"; exit 0
  fi
  sleep 0.5
done
echo "IMAP server did not start"; cat "$IMAP_ROOT"/*.log 2>/dev/null | tail -20; exit 1
