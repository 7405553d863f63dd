#!/usr/bin/env bash
# The full test suite: drift check, type check, lint, format check, unit + integration tests (PGlite and PostgreSQL),
# production build, tests through HTTP against that build (scripts/serve.mjs on throwaway PostgreSQL
# databases), and Playwright end-to-end tests in Chromium. Ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
unset DATABASE_URL

source scripts/ensure-deps.sh
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "› Installing Chromium from Debian packages…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi
if [ ! -x /usr/bin/pdftoppm ]; then
  echo "› Installing poppler-utils from Debian packages (the report's PDF tests read pages back with it)…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq poppler-utils >/dev/null; fi
fi
rm -rf .test-results && mkdir -p .test-results

summary() { node scripts/test-summary.mjs || true; }
trap summary EXIT

step() { echo; echo "━━ $1"; }
step "Schema and migrations agree (drift check)"
npx tsx scripts/db.ts check
step "Type check"
npx tsc --noEmit
step "Lint (ESLint: TypeScript, React hooks, Next.js, and the layers: pages and components never reach the database, rules do no I/O)"
npx eslint .
step "Format (Prettier)"
npx prettier --check . --log-level warn
step "Unit and integration tests"
npx vitest run
step "Production build"
npx next build
step "HTTP tests against the production build (fuzz, database faults, body limits, proxy headers)"
npx vitest run --config vitest.http.config.mts
step "End-to-end tests (Chromium)"
npx playwright test
