#!/usr/bin/env bash
# Serves the production build on a fresh PGlite directory with the demo loaded (for Playwright).
set -euo pipefail
port="${1:-3100}"
dir="$(mktemp -d /tmp/throughline-e2e.XXXXXX)"
export PGLITE_DIR="$dir/pglite" NEXTAUTH_URL="http://localhost:$port" NEXT_TELEMETRY_DISABLED=1
unset DATABASE_URL
npx tsx scripts/db.ts apply
npx tsx scripts/seed.ts >/dev/null
exec node scripts/serve.mjs -p "$port"
