#!/usr/bin/env bash
# Build the one-folder Linux bundle into build/dist/kuhina and report its size.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/work --distpath build/dist kuhina.spec
size_kb=$(du -sk build/dist/kuhina | cut -f1)
echo "Bundle: build/dist/kuhina, $((size_kb / 1024)) MB"
# PyInstaller's hooks name every submodule of phonenumbers and lxml; those kuhina.spec
# leaves out are reported as missing hidden imports.
echo "(Warnings 'Hidden import ... not found' for phonenumbers.geodata, .carrierdata, .tzdata"
echo " and lxml.html are expected: kuhina.spec leaves them out.)"
