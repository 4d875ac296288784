#!/usr/bin/env bash
# Installs the named Debian packages with apt-get when run as root; otherwise says what to install and fails.
# Used by test.sh and benchmarks/load.sh for what they need and is missing. Usage: scripts/install-debian-packages.sh PKG...
set -euo pipefail
(($#)) || exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing $* (Debian packages)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
else
  echo "missing $*; install them (e.g. sudo apt-get install $*)." >&2
  exit 1
fi
