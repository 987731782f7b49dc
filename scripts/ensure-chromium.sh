#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (web-test-runner, playwright-core).
# CI starts on a fresh machine where it may be missing; on a machine that has it this prints nothing and exits 0.
# Tests never download a browser of their own: this is the one place that installs one.
set -euo pipefail

# SIXIN_CHROMIUM only lets the script's own test point it elsewhere.
CHROMIUM="${SIXIN_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium so that $CHROMIUM exists." >&2
  exit 1
fi

# Only root installs (CI runs as root on a fresh machine). A test run never asks for a password or raises its own
# privileges: anyone else gets the command to run themselves.
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $CHROMIUM is missing. Install Debian's Chromium, then run the tests again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium (needed by the browser tests)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null | tail -n 1)" >&2
