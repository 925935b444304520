#!/usr/bin/env bash
# Runs every test of ResolutionDrafts: domain, documents, web (real SQLite, real SignalR) and
# browser (Playwright driving Debian's Chromium). Installs what a fresh Debian machine lacks.
set -euo pipefail
cd "$(dirname "$0")/.."

# How long each step took, printed at the end: CI's budget is 20 minutes, and this says where it goes.
timings=()
step_started=$SECONDS
took() { timings+=("$1 $((SECONDS - step_started)) s"); step_started=$SECONDS; }

bash scripts/install-prerequisites.sh
took "prerequisites"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build ResolutionDrafts.sln -c Release -nologo -clp:ErrorsOnly
took "build"

log=$(mktemp)
# The run fails with the first pass that failed; later passes still run and are counted.
keep_first_failure() { [ "$status" -eq 0 ] && status=$1; return 0; }
# Test projects run one after the other: the machine has two cores and the browser tests start the app.
set +e
dotnet test ResolutionDrafts.sln -c Release --no-build -nologo -m:1 --filter "Needs!=redis&Needs!=postgres&Needs!=cluster" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
took "tests on SQLite"

# The storage, live-editing, proposal, revision and precedent-corpus tests again as several nodes run: on a real
# PostgreSQL and a real Redis (Debian's packages, throwaway servers on loopback), with the tests of two
# nodes on one Redis. Not run, with a note, where they cannot be had (not root, no apt).
pgdir=$(mktemp -d /tmp/rd-test-pg.XXXXXX)
redisdir=$(mktemp -d /tmp/rd-test-redis.XXXXXX)
trap 'bash scripts/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true; bash scripts/redis.sh stop "$redisdir" >/dev/null 2>&1 || true; rm -rf "$pgdir" "$redisdir"' EXIT
# The servers' ports lie below Linux's ephemeral range (32768-60999): a port in it can be held for a moment by any
# outgoing connection of the tests (a CI run found 55434 taken so, and the cluster did not start).
if pg=$(bash scripts/postgres.sh start "$pgdir" 25433) && redis=$(bash scripts/redis.sh start "$redisdir" 26380); then
  set +e
  RD_TEST_POSTGRES="$pg" RD_TEST_REDIS="$redis" dotnet test tests/ResolutionDrafts.Web.Tests -c Release --no-build -nologo \
    --filter "(FullyQualifiedName~.Storage.|FullyQualifiedName~.Collaboration.|FullyQualifiedName~.Proposals.|FullyQualifiedName~.Revisions.|FullyQualifiedName~.Drafts.|FullyQualifiedName~.Precedents.|Needs=redis|Needs=postgres)&Storage!=sqlite-only" \
    2>&1 | sed 's/^/[postgres] /' | tee -a "$log"
  keep_first_failure "${PIPESTATUS[0]}"
  set -e
else
  echo "test.sh: PostgreSQL or Redis could not be started; the pass of several nodes was not run." >&2
  [ "${CI:-}" = "true" ] && status=1
fi
took "tests on PostgreSQL and Redis"

# The browser's live-editing client (wwwroot/js/live) has its own tests, on Node's test runner.
set +e
node --test tests/js/ 2>&1 | tee -a "$log" | tail -n 12
keep_first_failure "${PIPESTATUS[0]}"
set -e
took "node tests"

# One browser test through the balancer of a real cluster (scripts/cluster.sh: nginx, two published
# nodes, PostgreSQL, Redis) on ports of its own: two delegations on two nodes co-edit.
cdir=$(mktemp -d /tmp/rd-test-cluster.XXXXXX)
export RD_CLUSTER_DIR="$cdir" RD_CLUSTER_BALANCER_PORT=5330 RD_CLUSTER_NODE_PORTS="5331 5332" RD_CLUSTER_PG_PORT=25434 RD_CLUSTER_REDIS_PORT=26381
# The app was built in Release above: the cluster publishes that build instead of building again.
export RD_CLUSTER_PUBLISH_OPTIONS=--no-build
if bash scripts/cluster.sh up --demo </dev/null >"$cdir/up.log" 2>&1; then
  set +e
  RD_TEST_CLUSTER=http://127.0.0.1:5330 dotnet test tests/ResolutionDrafts.Browser.Tests -c Release --no-build -nologo --filter "Needs=cluster" \
    2>&1 | sed 's/^/[cluster] /' | tee -a "$log"
  cluster_status="${PIPESTATUS[0]}"
  if [ "$cluster_status" != 0 ]; then
    # What the nodes said meanwhile (warnings and failures), to tell a slow node from a lost message.
    echo "test.sh: the nodes' warnings during the test through the balancer:" >&2
    grep -h -A2 -E '^(warn|fail|crit):' "$cdir"/logs/node-*.log 2>/dev/null | cut -c1-300 | head -n 60 >&2 || true
  fi
  keep_first_failure "$cluster_status"
  set -e
else
  echo "test.sh: the cluster could not be started (its log follows); the test through the balancer was not run." >&2
  tail -n 20 "$cdir/up.log" >&2 || true
  [ "${CI:-}" = "true" ] && status=1
fi
bash scripts/cluster.sh down </dev/null >/dev/null 2>&1 || true
rm -rf "$cdir"
took "cluster (publish, start, test)"

# One closing line for people and CI, summed over the test projects and the Node tests.
awk '/Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     /^(# |ℹ )pass [0-9]+$/ { p += $3 } /^(# |ℹ )fail [0-9]+$/ { f += $3 } /^(# |ℹ )skipped [0-9]+$/ { s += $3 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
printf -v took_line '%s; ' "${timings[@]}"
echo "Took: ${took_line%; }"
exit "$status"
