#!/usr/bin/env bash
# Runs every test suite — unit (node), component (jsdom), end-to-end (Chromium against the
# production build) — and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# A fresh checkout: install the locked dependencies first.
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund || exit 1; fi
mkdir -p reports
rm -f reports/vitest.json reports/e2e.json

status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1

if bash scripts/ensure-chromium.sh; then
  if npm run --silent build; then
    npx playwright test || status=1
  else
    echo "The production build failed, so the end-to-end tests could not run." >&2
    status=1
  fi
else
  status=1
fi

node scripts/summarize-results.mjs reports/vitest.json reports/e2e.json || status=1
exit $status
