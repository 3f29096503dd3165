#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium and ChromeDriver, and an emoji font so
# that screenshots show people's names as they wrote them (never a browser that a
# test tool downloads by itself; this machine reaches only Debian's and Maven's registries).
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -d /usr/share/fonts/truetype/noto ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: Chromium and ChromeDriver are missing and this is not a Debian-based system;" \
       "install them and make /usr/bin/chromium and /usr/bin/chromedriver available" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-browser: need root (or sudo) to install chromium" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-browser: installing Debian's chromium and chromium-driver for the browser tests…" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-color-emoji >/dev/null
/usr/bin/chromium --version >&2
