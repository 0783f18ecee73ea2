#!/usr/bin/env bash
# Runs CMD... next to a throwaway redis-server on a free 127.0.0.1 port (no RDB, no AOF, a temp
# dir), seeded with a ticket in each value format wxsign reads, to try the Redis ticket source
# by hand or take screenshots. The tests start their own servers and do not need this script.
# Needs: redis-server, redis-cli (Debian: redis-server). Usage:
#   bash scripts/with-redis.sh bash -c 'wxsign profile edit P --ticket-source redis \
#     --redis-url "$WXSIGN_DEMO_REDIS_URL" --redis-ticket-key demo:pydict --redis-format pydict:ticket'
# Set WXSIGN_DEMO_REDIS_PASSWORD to start it with that password (requirepass).
set -euo pipefail
for tool in redis-server redis-cli; do
  command -v "$tool" >/dev/null || {
    echo "with-redis.sh: $tool not found: apt-get install redis-server" >&2
    exit 127
  }
done
[ $# -gt 0 ] || { echo "usage: bash scripts/with-redis.sh CMD..." >&2; exit 2; }
dir="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
args=(--port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" --daemonize no)
if [ -n "${WXSIGN_DEMO_REDIS_PASSWORD:-}" ]; then
  args+=(--requirepass "$WXSIGN_DEMO_REDIS_PASSWORD")
  export REDISCLI_AUTH="$WXSIGN_DEMO_REDIS_PASSWORD" WXSIGN_REDIS_PASSWORD="$WXSIGN_DEMO_REDIS_PASSWORD"
fi
redis-server "${args[@]}" >"$dir/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 100); do
  redis-cli -p "$port" PING >/dev/null 2>&1 && break
  sleep 0.05
done
cli() { redis-cli -p "$port" "$@" >/dev/null; }
# The DOMAIN.md example ticket, as three kinds of backend cache it.
ticket='sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg'
now="$(date +%s)"
cli SET demo:raw "$ticket" EX 7200
cli SET demo:json "{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"$ticket\",\"expires_in\":7200}" EX 7000
cli SET demo:pydict "{'ticket': '$ticket', 'expires_in': 7200, 'update_time': $now.5}"
export WXSIGN_DEMO_REDIS_URL="redis://127.0.0.1:$port/0"
echo "with-redis.sh: $WXSIGN_DEMO_REDIS_URL has demo:raw, demo:json (json:ticket), demo:pydict (pydict:ticket)" >&2
"$@"
