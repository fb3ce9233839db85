#!/usr/bin/env bash
# A real mail system on loopback for the end-to-end mail test (MailEndToEndIT):
# Postfix on 127.0.0.1:25 delivering mail for tierdesk.test and customer.test to ~/Maildir/,
# Dovecot IMAP on 127.0.0.1:143 (no TLS, plaintext login) reading those Maildirs.
# Users: support (support@tierdesk.test) and customer (customer@customer.test).
#
# Run as root. Idempotent: installs what is missing, rewrites its own settings, starts the
# daemons without systemd or reloads them when they already run, and waits until both answer.
set -euo pipefail

SUPPORT_PASSWORD="${TIERDESK_E2E_SUPPORT_PASSWORD:-support-password}"
CUSTOMER_PASSWORD="${TIERDESK_E2E_CUSTOMER_PASSWORD:-customer-password}"
export PATH="/usr/local/sbin:/usr/sbin:/sbin:$PATH"

if [ "$(id -u)" != "0" ]; then
  echo "mail-servers.sh: run as root (sudo $0)" >&2
  exit 1
fi

installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

# --- packages ----------------------------------------------------------------------------
missing=()
for package in postfix dovecot-imapd; do
  installed "$package" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "mail-servers.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  debconf-set-selections <<'EOF'
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string tierdesk.test
EOF
  # Keep the packages' scripts from starting the daemons with their default settings
  # (listening on every interface); this script starts them configured. Only when no
  # policy is in place already, and removed again afterwards.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  # The package lists may be missing or stale on a fresh machine.
  if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if [ -n "$policy" ]; then
    rm -f "$policy"
    trap - EXIT
  fi
fi

dovecot_version="$(dovecot --version | cut -d' ' -f1)"
case "$dovecot_version" in
  2.3.*) ;;
  *)
    # Dovecot 2.4 renamed and restructured these settings (auth_allow_cleartext,
    # mail_driver/mail_path, passdb blocks with names, dovecot_config_version first).
    echo "mail-servers.sh: written for Dovecot 2.3 (Debian 12), found $dovecot_version" >&2
    exit 1
    ;;
esac

# --- users -------------------------------------------------------------------------------
# Postfix's local delivery needs system accounts; they cannot log in (no shell, no password).
for user in support customer; do
  if ! id -u "$user" >/dev/null 2>&1; then
    useradd --create-home --shell /usr/sbin/nologin "$user"
  fi
  home="$(getent passwd "$user" | cut -d: -f6)"
  install -d -o "$user" -g "$user" -m 700 "$home/Maildir" "$home/Maildir/cur" "$home/Maildir/new" "$home/Maildir/tmp"
done

# --- Postfix -----------------------------------------------------------------------------
postconf -e \
  'compatibility_level = 3.6' \
  'myhostname = mail.tierdesk.test' \
  'mydomain = tierdesk.test' \
  'myorigin = tierdesk.test' \
  'mydestination = tierdesk.test, customer.test, localhost' \
  'inet_interfaces = loopback-only' \
  'inet_protocols = ipv4' \
  'mynetworks = 127.0.0.0/8' \
  'relayhost =' \
  'default_transport = error:this test mail server delivers locally only' \
  'relay_transport = error:this test mail server delivers locally only' \
  'smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination' \
  'home_mailbox = Maildir/' \
  'mailbox_command =' \
  'alias_maps = hash:/etc/aliases' \
  'alias_database = hash:/etc/aliases' \
  'smtpd_tls_security_level = none' \
  'smtp_tls_security_level = none' \
  'biff = no' \
  'maillog_file = /var/log/postfix.log'
# Debian runs the SMTP server chrooted and copies resolver files in with its init script;
# started directly, no chroot is simpler.
postconf -F '*/*/chroot = n'
touch /etc/aliases
newaliases

# Runs a command showing its output only when it fails. Into a file, not a pipe: the
# daemons' children keep their inherited output open.
quietly() {
  local output
  output="$(mktemp)"
  if ! "$@" </dev/null >"$output" 2>&1; then
    cat "$output" >&2
    rm -f "$output"
    return 1
  fi
  rm -f "$output"
}
if postfix status >/dev/null 2>&1; then
  quietly postfix reload
else
  quietly postfix start
fi

# --- Dovecot -----------------------------------------------------------------------------
# Logins come from our own passwd-file (not PAM); mail lives with the system accounts.
# No TLS here: without a certificate (ssl-cert is not installed) the certificate lines would
# stop Dovecot from reading its settings at all.
sed -i -e 's/^ssl_cert = </#ssl_cert = </' -e 's/^ssl_key = </#ssl_key = </' /etc/dovecot/conf.d/10-ssl.conf
sed -i 's/^!include auth-system\.conf\.ext/#!include auth-system.conf.ext/' /etc/dovecot/conf.d/10-auth.conf
umask 077
{
  echo "support:{PLAIN}${SUPPORT_PASSWORD}"
  echo "customer:{PLAIN}${CUSTOMER_PASSWORD}"
} >/etc/dovecot/tierdesk-users
umask 022
chown root:dovecot /etc/dovecot/tierdesk-users
chmod 640 /etc/dovecot/tierdesk-users
# dovecot.conf includes local.conf last, so these win over conf.d.
cat >/etc/dovecot/local.conf <<'EOF'
# Written by Tierdesk's .ci/mail-servers.sh: IMAP on loopback for the end-to-end mail test.
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
log_path = /var/log/dovecot.log
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n /etc/dovecot/tierdesk-users
}
userdb {
  driver = passwd
}
EOF
doveconf -n >/dev/null

if [ -s /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
  quietly doveadm reload
else
  quietly dovecot
fi

# --- wait until both answer --------------------------------------------------------------
greets() {
  local port="$1" expected="$2" line=""
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  IFS= read -r -t 2 line <&3 || true
  exec 3<&- 3>&-
  [[ "$line" == "$expected"* ]]
}
await_greeting() {
  local port="$1" expected="$2"
  for _ in $(seq 1 60); do
    if greets "$port" "$expected" 2>/dev/null; then
      return 0
    fi
    sleep 0.5
  done
  echo "mail-servers.sh: no '$expected' greeting on 127.0.0.1:$port after 30 s" \
    "(see /var/log/postfix.log, /var/log/dovecot.log)" >&2
  exit 1
}
await_greeting 25 "220 "
await_greeting 143 "* OK"
echo "mail-servers.sh: Postfix on 127.0.0.1:25 and Dovecot IMAP on 127.0.0.1:143 are ready (Dovecot $dovecot_version)"
