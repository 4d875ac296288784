#!/usr/bin/env bash
# The load harness of issue 15, in one command: installs what it drives (wrk and Chromium: Debian packages, when root),
# restores the diagnostic dotnet tools, publishes the forum (Release) and runs every scenario against it as its own process.
# Usage: benchmarks/load.sh [--smoke] [--dataset FILE] [--doc docs/benchmarks.md] [--label TEXT] [--only reads writes ...]
#   --smoke     a tiny dataset and a few seconds per scenario (what CI runs)
#   --dataset   reuse a generated database, or keep the one generated now (the full dataset takes a while to write)
#   --doc       append the table to this markdown file
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v wrk >/dev/null 2>&1 || need_apt+=(wrk)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
scripts/install-debian-packages.sh "${need_apt[@]}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
app=${MIPFORUM_LOAD_APP:-$(mktemp -d -t mipforum-app-XXXXXX)}
if [[ -z ${MIPFORUM_LOAD_APP:-} ]]; then
  echo "Publishing the forum (Release, ReadyToRun for linux-x64) to $app…"
  dotnet publish src/MipForum.Web -c Release -r linux-x64 --self-contained false -o "$app" -v q >/dev/null
fi
dotnet build benchmarks/MipForum.Load -c Release -v q >/dev/null
exec dotnet benchmarks/MipForum.Load/bin/Release/net10.0/MipForum.Load.dll --app "$app" "$@"
