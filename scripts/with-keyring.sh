#!/usr/bin/env bash
# Runs CMD... inside a private D-Bus session with a throwaway gnome-keyring, unlocked with a
# known password, so the real-keyring test can store, read and delete through Secret Service.
# Needs: dbus (dbus-run-session), gnome-keyring. Usage:
#   bash scripts/with-keyring.sh cargo test --test cli -- --ignored real_keyring
set -euo pipefail
if [ "${WXSIGN_IN_KEYRING_SESSION:-}" != 1 ]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
      echo "with-keyring.sh: $tool not found: apt-get install dbus gnome-keyring" >&2
      exit 127
    }
  done
  export WXSIGN_IN_KEYRING_SESSION=1
  exec dbus-run-session -- bash "$0" "$@"
fi
# Inside the session: a fresh keyring dir so no real user keyring is touched.
keyring_home="$(mktemp -d)"
# `kill 0` would signal this whole process group (and fail the run), so only a known pid is killed;
# without one the daemon exits with the private bus.
trap '[ -n "${daemon_pid:-}" ] && kill "$daemon_pid" 2>/dev/null; rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the password on stdin and creates the login keyring with it.
eval "$(printf 'wxsign-test' | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
export GNOME_KEYRING_CONTROL
daemon_pid="${GNOME_KEYRING_PID:-}"
unset WXSIGN_KEYRING
status=0
"$@" || status=$?
exit "$status"
