#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, from Debian's package, for the tests and for
# scripts that run several nodes. initdb refuses root, so the cluster belongs to the postgres user.
#   scripts/postgres.sh start DIR PORT   -> creates (if need be) and starts a cluster in DIR on 127.0.0.1:PORT,
#                                          prints the connection string (user rd, no password, trust on loopback only)
#   scripts/postgres.sh stop DIR          -> stops it
# Safe to run twice: start on a running cluster only prints the connection string.
set -euo pipefail

command="${1:-}"
dir="${2:-}"
port="${3:-55432}"
[ -n "$command" ] && [ -n "$dir" ] || { echo "usage: scripts/postgres.sh start DIR [PORT] | stop DIR" >&2; exit 2; }

. "$(dirname "$0")/lib/apt.sh"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  apt_install postgres.sh postgresql || exit 1
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_postgres "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\nfsync = on\nmax_connections = 400\n" "$port" "$dir" >> "$dir/postgresql.conf"
    fi
    if ! as_postgres "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      # Two minutes: on a loaded two-core machine the first start after initdb has taken more than one.
      if ! as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 120 start </dev/null >/dev/null 2>&1; then
        echo "postgres.sh: PostgreSQL did not start in $dir on port $port; its log ends:" >&2
        tail -n 15 "$dir/server.log" >&2 2>/dev/null || true
        exit 1
      fi
    fi
    # The app's role may create the per-test databases.
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
      "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rd') THEN CREATE ROLE rd LOGIN CREATEDB; END IF; END \$\$;" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=rd;Database=postgres"
    ;;
  stop)
    if [ -f "$dir/PG_VERSION" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: scripts/postgres.sh start DIR [PORT] | stop DIR" >&2
    exit 2
    ;;
esac
