#!/usr/bin/env bash
# Serves the production build on a fresh PGlite directory with the demo loaded (for Playwright).
set -euo pipefail
port="${1:-3100}"
dir="$(mktemp -d /tmp/throughline-e2e.XXXXXX)"
export PGLITE_DIR="$dir/pglite" MEDIA_DIR="$dir/media" NEXTAUTH_URL="http://localhost:$port" NEXT_TELEMETRY_DISABLED=1
unset DATABASE_URL
# A real SMTP server receives the app's mail; tests read it at http://127.0.0.1:$((port + 26))/messages.
npx tsx scripts/e2e-mail-server.ts "$((port + 25))" "$((port + 26))" &
export SMTP_URL="smtp://127.0.0.1:$((port + 25))"
npx tsx scripts/db.ts apply
npx tsx scripts/seed.ts >/dev/null
exec node scripts/serve.mjs -p "$port"
