#!/usr/bin/env bash
# The test command of README.md: every unit, integration, GUI and benchmark-smoke test, then the
# test that goes through a real Secret Service keyring (a throwaway gnome-keyring on a private
# D-Bus). Installs what those need on Debian when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/apt-deps.sh dbus gnome-keyring redis-server openssl desktop-file-utils libfontconfig1 chromium-headless-shell
# Tests that need a program skip it with a notice the test harness hides; under CI (any CI but
# empty, false or 0: .ci/run sets true, other CI services 1 or their name; the tests read it the
# same way, tests/cli/support.rs `under_ci`) they fail instead. Said here, loudly, so a local run
# never passes by omission.
under_ci() {
  case "$(printf '%s' "${CI:-}" | tr '[:upper:]' '[:lower:]')" in
    "" | false | 0) return 1 ;;
    *) return 0 ;;
  esac
}
skipped=()
command -v redis-server >/dev/null || skipped+=("the Redis ticket-source tests (tests/cli/redis, tests/gui/redis): no redis-server")
command -v openssl >/dev/null || skipped+=("the rediss:// TLS test: no openssl")
command -v desktop-file-validate >/dev/null || skipped+=("the desktop entry check (tests/cli/package): no desktop-file-validate")
command -v chromium-headless-shell >/dev/null || command -v chromium >/dev/null || skipped+=("the page-probe tests (tests/cli/probe): no chromium-headless-shell or chromium")
if [ ${#skipped[@]} -gt 0 ]; then
  if under_ci; then
    echo "CI=${CI}: these tests will FAIL instead of skipping:" >&2
  else
    echo "################ SKIPPED (not CI: install the programs to run them) ################" >&2
  fi
  printf '  - %s\n' "${skipped[@]}" >&2
fi
cargo test --locked --all-targets
bash scripts/with-keyring.sh cargo test --locked --test cli -- --ignored real_keyring
if [ ${#skipped[@]} -gt 0 ] && ! under_ci; then
  echo "################ passed, but SKIPPED: ################" >&2
  printf '  - %s\n' "${skipped[@]}" >&2
fi
