#!/usr/bin/env bash
# Runs every test of the solution, doing its own set-up first: Debian's Chromium for the browser tests and a
# throw-away PostgreSQL server on 127.0.0.1 for the PostgreSQL store tests (stopped and removed on exit).
# Extra arguments go to `dotnet test` (for example --filter or --no-build). Needs root for apt-get when either is missing.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bash .ci/install-chromium || echo "test.sh: chromium could not be installed; the browser tests will fail" >&2

source .ci/postgres
trap postgres_stop EXIT
if ! postgres_start; then
  echo "test.sh: PostgreSQL did not start; the PostgreSQL store tests will be skipped" >&2
fi

# Skipped tests are listed with their reasons.
dotnet test Bellwether.Core.sln -c Release --logger "console;verbosity=normal" "$@"
