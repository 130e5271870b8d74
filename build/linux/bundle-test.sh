#!/usr/bin/env bash
# Smoke test of the frozen bundle: the command line end to end, the GUI offscreen, and what
# the command line cannot show (picture import, Excel's lxml writer, phone numbers, psycopg
# and a PostgreSQL catalogue, the trimmed ICU data), through the self-check that kuhina.spec
# freezes next to the bundle (build/linux/bundle_selfcheck.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
KUHINA=${KUHINA:-build/dist/kuhina/kuhina}
SELFCHECK=${SELFCHECK:-build/work/kuhina/kuhina-selfcheck}
PY=${PY:-.venv/bin/python}
[ -x "$KUHINA" ] || { echo "No bundle at $KUHINA: run 'make bundle' first." >&2; exit 1; }
[ -x "$SELFCHECK" ] || { echo "No self-check at $SELFCHECK: run 'make bundle' first." >&2; exit 1; }
internal=$(cd "$(dirname "$KUHINA")/_internal" && pwd)
work=$(mktemp -d)
pg=""
pg_bin=""
as_pg=()
cleanup() {
  if [ -n "$pg" ] && [ -f "$pg/data/postmaster.pid" ]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work" ${pg:+"$pg"}
}
trap cleanup EXIT
export KUHINA_HOME="$work/home" QT_QPA_PLATFORM=offscreen KUHINA_LANGUAGE=en

step() { printf '== %s\n' "$*"; }

step "libraries"  # every library finds what it links to (in the bundle, or the system's)
missing=$(find "$internal" -type f -name '*.so*' | sort | while read -r lib; do
  LD_LIBRARY_PATH="$internal" ldd "$lib" 2>/dev/null |
    sed -n "s|^[[:space:]]*\([^[:space:]]*\) => not found.*|${lib#"$internal"/} needs \1|p"
done)
[ -z "$missing" ] || { echo "$missing" >&2; exit 1; }
step "version";   "$KUHINA" --version
step "demo";      "$KUHINA" demo --out "$work/demo" --organisations 3 --opportunities 8 --seed 7
org=$(find "$work/demo" -mindepth 1 -maxdepth 1 -type d ! -name packages | head -n 1)
step "export";    "$KUHINA" org export --workspace "$org" --out "$work/again.kuhina"
step "verify";    "$KUHINA" package verify "$work/again.kuhina"
step "catalogue"; "$KUHINA" catalogue init --workspace "$work/cat"
"$KUHINA" catalogue import --workspace "$work/cat" --trust-new --accept-all "$work"/demo/packages/*.kuhina
step "publish";   "$KUHINA" catalogue publish --workspace "$work/cat" --out "$work/site"
test -f "$work/site/index.html"
step "publish with two processes"  # the frozen executable starts its page-rendering workers
KUHINA_PUBLISH_WORKERS=2 "$KUHINA" catalogue publish --workspace "$work/cat" --out "$work/site-pool"
diff -r "$work/site" "$work/site-pool"
step "excel";     "$KUHINA" catalogue excel --workspace "$work/cat" --out "$work/excel"
ls "$work/excel"/*.xlsx >/dev/null
step "gui";       "$KUHINA" --smoke --workspace "$org"

# The self-check runs from a folder of its own that shares the bundle's _internal.
mkdir "$work/frozen"
ln -s "$internal" "$work/frozen/_internal"
cp "$SELFCHECK" "$work/frozen/kuhina-selfcheck"
check() { "$work/frozen/kuhina-selfcheck" "$@"; }
step "pictures";  check pictures "$org"
step "excel with lxml"
check excel "$(find "$work/excel" -name '*.xlsx' | sort | head -n 1)"
step "phones";    check phones
step "psycopg";   check postgres
step "icu"
check icu > "$work/icu-bundle.json"
if [ -x "$PY" ]; then
  # The same questions to the full ICU data of the PySide6 the bundle was built from.
  "$PY" build/linux/bundle_selfcheck.py icu > "$work/icu-full.json"
  diff -u "$work/icu-full.json" "$work/icu-bundle.json" >&2 ||
    { echo "The bundle's ICU data answers differently from the full data." >&2; exit 1; }
  echo "collation, case mapping, zone names and code pages as with the full ICU data"
else
  echo "no $PY: ICU answers not compared with the full data"
fi

step "postgresql"
pg_bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
  # A throwaway server on a Unix socket (as user postgres when run as root).
  pg=$(mktemp -d)
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg"; as_pg=(runuser -u postgres --); fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg/data" -A trust -U kuhina -E UTF8 --no-sync >/dev/null
  port=$((55432 + RANDOM % 2000))
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w \
    -o "-p $port -k $pg -c listen_addresses=''" start >/dev/null
  url="postgresql+psycopg://kuhina@/postgres?host=$pg&port=$port"
  "$KUHINA" catalogue init --workspace "$work/pgcat" --database-url "$url"
  "$KUHINA" catalogue import --workspace "$work/pgcat" --trust-new --accept-all \
    "$work"/demo/packages/*.kuhina
  "$KUHINA" catalogue status --workspace "$work/pgcat"
else
  echo "skipped: no PostgreSQL server programs (apt-get install postgresql)"
fi
echo "bundle-test: all steps passed"
