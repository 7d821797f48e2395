#!/usr/bin/env bash
# Stops the servers .ci/start-databases.sh started and removes their data dirs.
set -uo pipefail
ROOT="${SLUICE_DB_DIR:-/tmp/sluice-test-databases}"
PG_BIN=/usr/lib/postgresql/15/bin
if [ -d "$ROOT/postgres/data" ]; then
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$ROOT/postgres/data" -m fast -w stop >/dev/null 2>&1
  else "$PG_BIN/pg_ctl" -D "$ROOT/postgres/data" -m fast -w stop >/dev/null 2>&1; fi
fi
if [ -f "$ROOT/mariadb/mariadb.pid" ]; then
  pid="$(cat "$ROOT/mariadb/mariadb.pid")"
  kill "$pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
fi
rm -rf "$ROOT"
