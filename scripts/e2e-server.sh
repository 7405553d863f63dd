#!/usr/bin/env bash
# Serves the production build on a fresh PGlite directory with the demo loaded (for Playwright).
set -euo pipefail
port="${1:-3100}"
dir="$(mktemp -d /tmp/throughline-e2e.XXXXXX)"
export PGLITE_DIR="$dir/pglite" MEDIA_DIR="$dir/media" NEXTAUTH_URL="http://localhost:$port" NEXT_TELEMETRY_DISABLED=1
unset DATABASE_URL
# A real SMTP server receives the app's mail; tests read it at http://127.0.0.1:$((port + 26))/messages.
# Its ports must be free: a mail server left from an earlier run would answer with that run's mail.
for taken in "$((port + 25))" "$((port + 26))"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$taken") 2>/dev/null; then
    echo "Port $taken is already in use (a test mail server left from an earlier run?). Stop it and start again." >&2
    exit 1
  fi
done
npx tsx scripts/e2e-mail-server.ts "$((port + 25))" "$((port + 26))" &
mail_server=$!
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$((port + 26))") 2>/dev/null && break
  kill -0 "$mail_server" 2>/dev/null || { echo "The test mail server did not start." >&2; exit 1; }
  sleep 0.1
done
export SMTP_URL="smtp://127.0.0.1:$((port + 25))"
npx tsx scripts/db.ts apply
npx tsx scripts/seed.ts >/dev/null
exec node --max-semi-space-size=64 scripts/serve.mjs -p "$port"
