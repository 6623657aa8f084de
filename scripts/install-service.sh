#!/usr/bin/env bash
# Installs gluon2tf-watchd as a systemd service (see docs/watchd.md):
#   /usr/local/bin/gluon2tf                      the binary (release, static Swift stdlib)
#   /etc/systemd/system/gluon2tf-watchd.service  the hardened unit
#   /etc/sysusers.d/gluon2tf.conf                the gluon2tf user and group
#   /etc/tmpfiles.d/gluon2tf.conf                /srv/gluon2tf/{inbox,checkpoints}
#   /etc/gluon2tf/watchd.conf                    the settings (kept if it exists)
#   /usr/local/share/doc/gluon2tf/watchd.md      the operator guide
# then, when systemd runs this machine, creates the user and folders and
# enables and starts the service.
#
#   usage: scripts/install-service.sh [--binary PATH] [--no-start]
#   DESTDIR=/tmp/root scripts/install-service.sh   stages the files only (packaging)
set -euo pipefail
cd "$(dirname "$0")/.."

binary=""
start=1
while (($#)); do
  case $1 in
    --binary) binary=$2; shift 2 ;;
    --no-start) start=0; shift ;;
    -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "install-service: unknown argument $1" >&2; exit 2 ;;
  esac
done

root=${DESTDIR:-}
if [[ -z $root && $(id -u) -ne 0 ]]; then
  echo "install-service: run as root (or set DESTDIR to stage the files)" >&2
  exit 1
fi

if [[ -z $binary ]]; then
  source scripts/setup.sh >/dev/null
  swift build -c release --static-swift-stdlib --product gluon2tf 2>&1 | tail -n 1
  binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/gluon2tf
fi
[[ -x $binary ]] || { echo "install-service: $binary is not an executable" >&2; exit 1; }

install -D -m 0755 "$binary" "$root/usr/local/bin/gluon2tf"
install -D -m 0644 systemd/gluon2tf-watchd.service "$root/etc/systemd/system/gluon2tf-watchd.service"
install -D -m 0644 systemd/sysusers.d/gluon2tf.conf "$root/etc/sysusers.d/gluon2tf.conf"
install -D -m 0644 systemd/tmpfiles.d/gluon2tf.conf "$root/etc/tmpfiles.d/gluon2tf.conf"
install -D -m 0644 docs/watchd.md "$root/usr/local/share/doc/gluon2tf/watchd.md"
if [[ -e $root/etc/gluon2tf/watchd.conf ]]; then
  install -D -m 0644 systemd/watchd.conf "$root/etc/gluon2tf/watchd.conf.new"
  echo "install-service: kept /etc/gluon2tf/watchd.conf; the shipped one is watchd.conf.new"
else
  install -D -m 0644 systemd/watchd.conf "$root/etc/gluon2tf/watchd.conf"
fi

if [[ -n $root ]]; then
  # Staged: create the user and folders inside the staging root, start nothing.
  systemd-sysusers --root="$root" "$root/etc/sysusers.d/gluon2tf.conf"
  systemd-tmpfiles --root="$root" --create "$root/etc/tmpfiles.d/gluon2tf.conf"
  echo "install-service: staged in $root"
  exit 0
fi

systemd-sysusers /etc/sysusers.d/gluon2tf.conf
systemd-tmpfiles --create /etc/tmpfiles.d/gluon2tf.conf
if [[ -d /run/systemd/system ]]; then
  systemctl daemon-reload
  if ((start)); then
    systemctl enable --now gluon2tf-watchd.service
    systemctl --no-pager status gluon2tf-watchd.service | head -n 5 || true
  else
    systemctl enable gluon2tf-watchd.service
  fi
else
  echo "install-service: systemd is not running here (not PID 1); installed but not started"
fi
echo "install-service: drop files into /srv/gluon2tf/inbox (members of group gluon2tf may);"
echo "  metrics: journalctl -u gluon2tf-watchd -o json"
