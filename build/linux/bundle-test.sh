#!/usr/bin/env bash
# Smoke test of the frozen bundle: the command line end to end, and the GUI offscreen.
set -euo pipefail
cd "$(dirname "$0")/../.."
KUHINA=${KUHINA:-build/dist/kuhina/kuhina}
[ -x "$KUHINA" ] || { echo "No bundle at $KUHINA: run 'make bundle' first." >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KUHINA_HOME="$work/home" QT_QPA_PLATFORM=offscreen KUHINA_LANGUAGE=en

step() { printf '== %s\n' "$*"; }
step "version";   "$KUHINA" --version
step "demo";      "$KUHINA" demo --out "$work/demo" --organisations 3 --opportunities 8 --seed 7
org=$(find "$work/demo" -mindepth 1 -maxdepth 1 -type d ! -name packages | head -n 1)
step "export";    "$KUHINA" org export --workspace "$org" --out "$work/again.kuhina"
step "verify";    "$KUHINA" package verify "$work/again.kuhina"
step "catalogue"; "$KUHINA" catalogue init --workspace "$work/cat"
"$KUHINA" catalogue import --workspace "$work/cat" --trust-new --accept-all "$work"/demo/packages/*.kuhina
step "publish";   "$KUHINA" catalogue publish --workspace "$work/cat" --out "$work/site"
test -f "$work/site/index.html"
step "excel";     "$KUHINA" catalogue excel --workspace "$work/cat" --out "$work/excel"
ls "$work/excel"/*.xlsx >/dev/null
step "gui";       "$KUHINA" --smoke --workspace "$org"
echo "bundle-test: all steps passed"
