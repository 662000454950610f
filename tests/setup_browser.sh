#!/usr/bin/env bash
# Installs what the end-to-end tests drive: Debian's Chromium (no browser download at run time)
# and axe-core from the npm registry. Idempotent: does nothing when both are present.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install Debian's 'chromium' package to run the browser tests." >&2
  fi
fi

if [ ! -f node_modules/axe-core/axe.min.js ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "Installing axe-core for the accessibility tests..."
    npm install --no-save --no-audit --no-fund --silent --prefix . axe-core@4 >/dev/null
  else
    echo "npm is missing: install Node.js and npm to run the accessibility tests." >&2
  fi
fi
