#!/usr/bin/env bash
# The test command of README.md: every unit, integration, GUI and benchmark-smoke test, then the
# test that goes through a real Secret Service keyring (a throwaway gnome-keyring on a private
# D-Bus). Installs what those need on Debian when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/apt-deps.sh dbus gnome-keyring redis-server openssl chromium-headless-shell
cargo test --locked --all-targets
bash scripts/with-keyring.sh cargo test --locked --test cli -- --ignored real_keyring
