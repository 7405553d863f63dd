#!/usr/bin/env bash
# Quick start: install, migrate, load the demo, build and serve at http://localhost:${PORT:-3000}.
# Embedded PGlite under .data/ by default; a PostgreSQL server when DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
port="${PORT:-3000}"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:$port}"

source scripts/ensure-deps.sh
echo "› Migrating the database…"
npx tsx scripts/db.ts apply
echo "› Loading the demo organisations…"
accounts="$(npx tsx scripts/seed.ts)"
echo "› Building the app…"
npx next build
echo
echo "$accounts"
echo
echo "Throughline is starting at http://localhost:$port (Ctrl+C stops it)."
exec node --max-semi-space-size=64 scripts/serve.mjs -p "$port"
