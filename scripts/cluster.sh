#!/usr/bin/env bash
# Several app nodes on this machine, as a conference would run them: PostgreSQL, Redis, two app
# nodes from a published build in Production mode, and nginx in front (sticky per browser by a cookie
# of nginx's own, rd_node, for Blazor's circuits; WebSocket upgrades passed through). Everything on
# loopback, under .cluster/.
#   scripts/cluster.sh up [--demo]   installs what is missing (Debian: postgresql, redis-server, nginx),
#                                    publishes, migrates once, starts; prints one line per endpoint
#   scripts/cluster.sh status        prints the endpoints and whether each answers
#   scripts/cluster.sh down          stops everything (data stays in .cluster/ until you delete it)
# Safe to run twice: what runs already is left running.
# Ports and folder may be overridden (a second cluster beside the first):
#   RD_CLUSTER_DIR, RD_CLUSTER_BALANCER_PORT, RD_CLUSTER_NODE_PORTS ("5201 5202"), RD_CLUSTER_PG_PORT, RD_CLUSTER_REDIS_PORT
# and RD_CLUSTER_PUBLISH_OPTIONS adds options to dotnet publish ("--no-build" after a Release build, as the tests do).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/apt.sh

root="${RD_CLUSTER_DIR:-$PWD/.cluster}"
balancer_port="${RD_CLUSTER_BALANCER_PORT:-5200}"
read -r -a node_ports <<< "${RD_CLUSTER_NODE_PORTS:-5201 5202}"
pg_port="${RD_CLUSTER_PG_PORT:-55440}"
redis_port="${RD_CLUSTER_REDIS_PORT:-56390}"
command="${1:-}"
demo=false
[ "${2:-}" = "--demo" ] && demo=true

install_missing() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  command -v nginx >/dev/null 2>&1 || need+=(nginx)
  [ ${#need[@]} -eq 0 ] && return
  apt_install cluster.sh "${need[@]}" || exit 1
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

node_env() {
  export ASPNETCORE_ENVIRONMENT=Production
  export Storage__Provider=postgres
  export ConnectionStrings__Drafts="Host=127.0.0.1;Port=$pg_port;Username=rd;Database=resolutiondrafts"
  export Redis__Configuration="127.0.0.1:$redis_port"
  export Accounts__DemoUsers="$demo"
  export Accounts__AlwaysSecureCookies=false
  export ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
}

up() {
  install_missing
  mkdir -p "$root/logs"
  # PostgreSQL runs as the postgres user inside it: a private folder (mktemp -d makes one) is opened up to be traversed.
  chmod a+x "$root"
  bash scripts/postgres.sh start "$root/pg" "$pg_port" >/dev/null
  bash scripts/redis.sh start "$root/redis" "$redis_port" >/dev/null

  if [ ! -f "$root/app/ResolutionDrafts.Web.dll" ] || [ -n "$(find src -newer "$root/app/ResolutionDrafts.Web.dll" -name '*.cs' -o -newer "$root/app/ResolutionDrafts.Web.dll" -name '*.razor' | head -n 1)" ]; then
    echo "cluster.sh: publishing the app" >&2
    dotnet publish src/ResolutionDrafts.Web -c Release -o "$root/app" -nologo -v quiet ${RD_CLUSTER_PUBLISH_OPTIONS:-} >/dev/null
  fi

  node_env
  # One migration and seeding step before the nodes start (they would also wait for each other).
  (cd "$root/app" && dotnet ResolutionDrafts.Web.dll --migrate-only) > "$root/logs/migrate.log" 2>&1
  grep -A2 -i "one-time" "$root/logs/migrate.log" >&2 || true

  for port in "${node_ports[@]}"; do
    if ! running "$root/node-$port.pid"; then
      # The pid of dotnet itself (`cd && nohup … &` would background a subshell, and `down` would kill only that).
      (cd "$root/app" || exit 1; nohup dotnet ResolutionDrafts.Web.dll --urls "http://127.0.0.1:$port" </dev/null > "$root/logs/node-$port.log" 2>&1 & echo $! > "$root/node-$port.pid")
    fi
  done

  cat > "$root/nginx.conf" <<CONF
worker_processes 1;
# Every reading page holds a stream open: two connections each (browser and node). 4,096 is about
# 2,000 readers (docs/operations.md, "Readers"). Browsers speak HTTP/1.1 here (no TLS): six
# connections per host, so a seventh reading tab of one browser waits; a deployment uses TLS + HTTP/2.
worker_rlimit_nofile 8192;
pid $root/nginx.pid;
error_log $root/logs/nginx-error.log;
events { worker_connections 4096; }
http {
  log_format nodes '\$remote_addr [\$time_local] "\$request" \$status node=\$upstream_addr rd_node=\$rd_node';
  access_log $root/logs/nginx-access.log nodes;
  client_body_temp_path $root/nginx-tmp;
  proxy_temp_path $root/nginx-tmp;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  # Affinity per browser, not per address (ip_hash sent every browser behind one NAT, or on this
  # machine, to one node): a browser without the rd_node cookie gets a random one with its first
  # answer, and the cookie's hash picks its node from then on. A Blazor circuit lives on one node.
  map \$cookie_rd_node \$rd_node { "" \$request_id; default \$cookie_rd_node; }
  map \$cookie_rd_node \$rd_node_cookie { "" "rd_node=\$request_id; Path=/; HttpOnly; SameSite=Lax"; default ""; }
  upstream nodes {
    hash \$rd_node consistent;  # a node that goes down: its browsers move to the others, the rest stay
$(for port in "${node_ports[@]}"; do echo "    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"; done)
  }
  server {
    listen 127.0.0.1:$balancer_port;
    client_max_body_size 25m;
    location / {
      add_header Set-Cookie \$rd_node_cookie always;
      add_header X-RD-Node \$upstream_addr always;  # which node answered (operators, and the browser test through the balancer)
      proxy_pass http://nodes;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 1h;
    }
  }
}
CONF
  mkdir -p "$root/nginx-tmp"
  if running "$root/nginx.pid"; then
    nginx -c "$root/nginx.conf" -s reload
  else
    nginx -c "$root/nginx.conf" </dev/null >/dev/null 2>&1
  fi

  for port in "${node_ports[@]}"; do
    for _ in $(seq 1 120); do
      curl -fsS -o /dev/null "http://127.0.0.1:$port/account/sign-in" && break
      sleep 0.5
    done
  done
  status
}

status() {
  answer() { curl -fsS -o /dev/null --max-time 3 "$1/account/sign-in" && echo "up" || echo "down"; }
  echo "balancer http://127.0.0.1:$balancer_port ($(answer "http://127.0.0.1:$balancer_port"))"
  for port in "${node_ports[@]}"; do
    echo "node http://127.0.0.1:$port ($(answer "http://127.0.0.1:$port"))"
  done
}

down() {
  running "$root/nginx.pid" && nginx -c "$root/nginx.conf" -s stop || true
  for port in "${node_ports[@]}"; do
    if running "$root/node-$port.pid"; then kill "$(cat "$root/node-$port.pid")"; fi
    rm -f "$root/node-$port.pid"
  done
  bash scripts/redis.sh stop "$root/redis" || true
  bash scripts/postgres.sh stop "$root/pg" || true
  echo "stopped (data kept in $root)"
}

case "$command" in
  up) up ;;
  status) status ;;
  down) down ;;
  *) echo "usage: scripts/cluster.sh up [--demo] | status | down" >&2; exit 2 ;;
esac
