#!/usr/bin/env bash
# Makes sure a system Chromium exists for the end-to-end tests and benchmarks (Playwright's own
# browser download does not work on this network). Prints the path it found.
set -euo pipefail

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then echo "$CHROMIUM_PATH"; return 0; fi
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if path=$(find_chromium); then
  echo "Using Chromium at $path" >&2
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found; installing Debian's chromium (about half a minute)…" >&2
  apt-get update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null
  if path=$(find_chromium); then
    echo "Using Chromium at $path" >&2
    exit 0
  fi
fi

echo "Chromium is needed for the end-to-end tests. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "or point CHROMIUM_PATH at an existing Chromium binary." >&2
exit 1
