#!/usr/bin/env bash
# Publishes the web app, ready to run in Production from any working directory:
#   scripts/publish.sh [OUTPUT_DIR] [more dotnet publish options, e.g. --no-build]
# then: ASPNETCORE_ENVIRONMENT=Production dotnet OUTPUT_DIR/ResolutionDrafts.Web.dll
# (README, "Run it as a service"; docs/operations.md). OUTPUT_DIR defaults to artifacts/publish.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$repo/artifacts/publish}"
[ "$#" -gt 0 ] && shift
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet publish "$repo/src/ResolutionDrafts.Web/ResolutionDrafts.Web.csproj" -c Release -o "$out" -nologo -clp:ErrorsOnly "$@"
dotnet publish "$repo/src/ResolutionDrafts.Cli/ResolutionDrafts.Cli.csproj" -c Release -o "$out/rd" -nologo -clp:ErrorsOnly "$@"
echo "Published to $out (the app: ResolutionDrafts.Web.dll; the rd command: rd/rd.dll)"
