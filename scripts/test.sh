#!/usr/bin/env bash
# Runs every Formcast test. Installs and starts what the tests need when it is missing:
#   - npm (Debian package 'npm'), which the build uses once to fetch the charting library;
#   - PostgreSQL (Debian package 'postgresql'), started on 127.0.0.1 for the storage contract tests;
#   - Chromium (Debian package 'chromium') for the dashboard tests, driven headless by Playwright;
#   - scikit-learn's bundled benchmark tables (Debian package 'python3-sklearn') for the learning parity tests.
# Usage: scripts/test.sh [extra 'dotnet test' arguments, e.g. --filter Category=Storage]
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n==> %s\n' "$*"; }

# --- system packages --------------------------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The build fetches the charting library from the npm registry once (web/package.json).
command -v npm >/dev/null || missing+=(npm)
# The learning parity tests read the benchmark tables bundled with scikit-learn in place.
[ -d /usr/lib/python3/dist-packages/sklearn/datasets/data ] || missing+=(python3-sklearn)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing Debian packages the tests need: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "Missing ${missing[*]}: install them (apt-get install ${missing[*]}) or the tests that need them will skip."
  fi
fi

# --- PostgreSQL on loopback -------------------------------------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
pg_port=${FORMCAST_PG_PORT:-55432}
pg_data=${TMPDIR:-/tmp}/formcast-test-pg-$pg_port
pg_user=$(id -un)
run_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root; the Debian package creates the 'postgres' user.
  pg_user=postgres
  run_pg() { runuser -u postgres -- "$@"; }
fi
stop_pg() { [ -n "$pg_bin" ] && [ -d "$pg_data" ] && run_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true; }
if [ -n "$pg_bin" ] && [ -z "${FORMCAST_TEST_POSTGRES:-}" ]; then
  say "Starting PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$pg_port, data in $pg_data"
  stop_pg
  rm -rf "$pg_data"
  mkdir -p "$pg_data"
  [ "$(id -u)" = 0 ] && chown postgres "$pg_data"
  run_pg "$pg_bin/initdb" -D "$pg_data" -A trust -U formcast --no-sync >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pg_data -c fsync=off -c max_connections=200" start >/dev/null
  trap stop_pg EXIT
  export FORMCAST_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=formcast;Database=postgres"
fi
[ -n "${FORMCAST_TEST_POSTGRES:-}" ] || say "PostgreSQL is not available: the PostgreSQL tests will skip."

# --- Chromium for the dashboard tests ----------------------------------------------------------------
if [ -x /usr/bin/chromium ]; then
  export FORMCAST_CHROMIUM=${FORMCAST_CHROMIUM:-/usr/bin/chromium}
else
  say "Chromium is not available: the dashboard browser tests will skip."
fi

# --- the tests ---------------------------------------------------------------------------------------
say "Building and running every test (dotnet test Formcast.slnx -c Release)"
dotnet test Formcast.slnx -c Release --nologo "$@"
