#!/usr/bin/env bash
# Installs the npm packages when they are missing or older than the lock file (sourced by demo.sh and test.sh).
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=warn
fi
