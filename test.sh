#!/usr/bin/env bash
# Runs every MipForum test. Installs what the tests need and is missing (Debian packages, when root), then `dotnet test`.
# Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# The load harness's smoke test (tests/MipForum.Load.Tests) drives wrk.
command -v wrk >/dev/null 2>&1 || need_apt+=(wrk)
# Fonts so browser screenshots show CJK text and emoji rather than boxes.
if command -v fc-list >/dev/null 2>&1; then
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_apt+=(fonts-noto-cjk)
  fc-list 2>/dev/null | grep -qi "Noto Color Emoji" || need_apt+=(fonts-noto-color-emoji)
fi

scripts/install-debian-packages.sh "${need_apt[@]}" || echo "warning: the browser and load-harness tests need them." >&2

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# dotnet-ef for the migration checks, dotnet-gcdump for the harness's memory scenario.
dotnet tool restore >/dev/null
# One test module at a time: the browser journeys, the web host tests and the 50-way concurrency test
# compete for the same 2 cores otherwise, and timing-sensitive journeys get flaky.
dotnet test MipForum.sln --max-parallel-test-modules 1 "$@"
