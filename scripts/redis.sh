#!/usr/bin/env bash
# A throwaway Redis server on loopback, from Debian's package, for the tests and for scripts that
# run several nodes.
#   scripts/redis.sh start DIR PORT   -> starts redis-server on 127.0.0.1:PORT with its files in DIR, prints host:port
#   scripts/redis.sh stop DIR          -> stops it
# Safe to run twice: start on a running server only prints its address.
set -euo pipefail

command="${1:-}"
dir="${2:-}"
port="${3:-56379}"
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: scripts/redis.sh start DIR [PORT] | stop DIR" >&2; exit 2; }

. "$(dirname "$0")/lib/apt.sh"
command -v redis-server >/dev/null 2>&1 || apt_install redis.sh redis-server || exit 1

case "$command" in
  start)
    mkdir -p "$dir"
    if [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; then
      echo "127.0.0.1:$(cat "$dir/port")"
      exit 0
    fi
    echo "$port" > "$dir/port"
    redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" \
      --logfile "$dir/redis.log" --save "" --appendonly no --protected-mode yes </dev/null >/dev/null 2>&1
    for _ in $(seq 1 300); do
      redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
    if ! redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then
      echo "redis.sh: Redis did not answer on port $port in 30 s; its log ends:" >&2
      tail -n 15 "$dir/redis.log" >&2 2>/dev/null || true
      exit 1
    fi
    echo "127.0.0.1:$port"
    ;;
  stop)
    if [ -f "$dir/redis.pid" ]; then
      kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
      rm -f "$dir/redis.pid"
    fi
    ;;
  *)
    echo "usage: scripts/redis.sh start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
