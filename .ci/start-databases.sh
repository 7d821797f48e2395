#!/usr/bin/env bash
# Starts the PostgreSQL 15 and MariaDB servers the tests talk to, each on loopback with its own data dir.
# Installs them from Debian's packages when missing (needs root). Prints the URLs to export; safe to run twice.
#   bash .ci/start-databases.sh            start (and install if needed; SLUICE_DB_INSTALL=0 never installs)
#   bash .ci/stop-databases.sh             stop both and remove their data
set -euo pipefail

ROOT="${SLUICE_DB_DIR:-/tmp/sluice-test-databases}"
PG_PORT="${SLUICE_PG_PORT:-55432}"
MY_PORT="${SLUICE_MYSQL_PORT:-53306}"
PG_BIN=/usr/lib/postgresql/15/bin

install_missing() {
  local missing=()
  local may_install="${SLUICE_DB_INSTALL:-1}"
  [ -x "$PG_BIN/postgres" ] || missing+=(postgresql-15)
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ] || [ "$may_install" = 0 ]; then
    echo "missing ${missing[*]}: install with 'sudo apt-get install ${missing[*]}' (or run 'sudo bash .ci/start-databases.sh')" >&2
    exit 1
  fi
  echo "installing ${missing[*]} from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# PostgreSQL refuses to run as root, so as root the server runs as the package's postgres user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local dir="$ROOT/postgres"
  if as_pg "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then return 0; fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  echo sluice > "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir/pwfile"
  as_pg "$PG_BIN/initdb" -D "$dir/data" -U sluice --pwfile="$dir/pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "# started postgres in $dir"
}

start_mariadb() {
  local dir="$ROOT/mariadb"
  if [ -f "$dir/mariadb.pid" ] && kill -0 "$(cat "$dir/mariadb.pid")" 2>/dev/null; then return 0; fi
  rm -rf "$dir"
  mkdir -p "$dir"
  local user_flag=()
  [ "$(id -u)" -eq 0 ] && user_flag=(--user=root)
  mariadb-install-db --no-defaults "${user_flag[@]}" --datadir="$dir/data" --auth-root-authentication-method=socket \
    --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 1; }
  /usr/sbin/mariadbd --no-defaults "${user_flag[@]}" --datadir="$dir/data" --port="$MY_PORT" --bind-address=127.0.0.1 \
    --socket="$dir/mariadb.sock" --pid-file="$dir/mariadb.pid" --skip-name-resolve --max-connections=300 \
    --innodb-flush-log-at-trx-commit=0 --log-error="$dir/server.log" &
  for _ in $(seq 1 120); do
    mariadb-admin --no-defaults --socket="$dir/mariadb.sock" -uroot ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb --no-defaults --socket="$dir/mariadb.sock" -uroot -e "
    CREATE USER IF NOT EXISTS 'sluice'@'127.0.0.1' IDENTIFIED BY 'sluice';
    CREATE USER IF NOT EXISTS 'sluice'@'localhost' IDENTIFIED BY 'sluice';
    GRANT ALL PRIVILEGES ON *.* TO 'sluice'@'127.0.0.1' WITH GRANT OPTION;
    GRANT ALL PRIVILEGES ON *.* TO 'sluice'@'localhost' WITH GRANT OPTION;
    FLUSH PRIVILEGES;" || { cat "$dir/server.log" >&2; exit 1; }
  echo "# started mariadb in $dir"
}

install_missing
mkdir -p "$ROOT"
chmod 755 "$ROOT"
start_postgres
start_mariadb
echo "export SLUICE_TEST_POSTGRES_URL=postgres://sluice:sluice@127.0.0.1:$PG_PORT/postgres"
echo "export SLUICE_TEST_MYSQL_URL=mysql://sluice:sluice@127.0.0.1:$MY_PORT/"
