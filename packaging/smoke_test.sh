#!/usr/bin/env bash
# `make package-check`: starts the built app as an analyst would, offscreen, on a fresh library, and
# checks that it imports the bundled sample, searches, exports a PDF, exits 0 and writes nothing inside
# its install folder. Prints the folder's size and the start times.
set -euo pipefail
APP_DIR=${1:-dist/excerpta}
APP="$APP_DIR/excerpta"
PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$APP" ] || { echo "no built app at $APP: run make package" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
# A fresh user: the library goes where platformdirs puts it for this user, not beside the app.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
mkdir -p "$HOME"
MARK="$WORK/mark"; touch "$MARK"; sleep 1

step() { printf '%-38s' "$1"; }
seconds() { local start=$1; echo "$(( $(date +%s%N) - start ))" | awk '{printf "%.2f s", $1/1e9}'; }

step "version"; "$APP" --version | head -1
start=$(date +%s%N); "$APP" --version >/dev/null; step "start to --version"; seconds "$start"; echo
SAMPLE=$(find "$APP_DIR" -path '*resources/sample/*.txt' | head -1)
[ -n "$SAMPLE" ] || { echo "the sample report is not bundled" >&2; exit 1; }
start=$(date +%s%N)
"$APP" import "$SAMPLE" | tee "$WORK/import.txt"
step "import the sample (with facts)"; seconds "$start"; echo
grep -q ": imported (" "$WORK/import.txt"
LIBRARY="$XDG_DATA_HOME/Excerpta/library"
[ -f "$LIBRARY/library.sqlite" ] || { echo "the library is not in the user data folder ($LIBRARY)" >&2; exit 1; }
"$APP" search "cocaïne" --json > "$WORK/search.json"
"$PYTHON" -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['total'] > 0, d; print('search: %d paragraphs' % d['total'])" "$WORK/search.json"
"$APP" facts --type criminal_group --json > "$WORK/facts.json"
"$PYTHON" -c "import json,sys; d=json.load(open(sys.argv[1])); assert d, 'no facts: the model did not load'; print('facts: %d criminal groups' % len(d))" "$WORK/facts.json"
# The Index's scores: the publisher's workbook when it is beside the checkout (openpyxl is bundled),
# else a small CSV written here.
WORKBOOK=${OCINDEX_WORKBOOK:-../shared/data/ocindex/global_oc_index_2021_2023.xlsx}
if [ -f "$WORKBOOK" ]; then
  "$APP" scores import "$WORKBOOK"
  "$APP" scores show Belgium --edition 2023 --json | "$PYTHON" -c "import json,sys; d=json.load(sys.stdin); assert d['criminality'] == 4.43, d; print('scores: Belgium 2023 criminality', d['criminality'])"
else
  printf 'Country,"Criminality avg,",Cocaine trade\nLuxembourg,3,3.5\n' > "$WORK/scores_2025.csv"
  "$APP" scores import "$WORK/scores_2025.csv"
  "$APP" scores show Luxembourg --json | "$PYTHON" -c "import json,sys; d=json.load(sys.stdin); assert d['indicators'] == {'cocaine_trade': 3.5}, d; print('scores: Luxembourg cocaine trade 3.5')"
fi
"$APP" export "$WORK/dossier.pdf" --query "cocaïne" --title "Smoke test"
"$PYTHON" -c "from pypdf import PdfReader; import sys; r=PdfReader(sys.argv[1]); t=''.join(p.extract_text() for p in r.pages); assert 'Smoke test' in t and 'cocaïne' in t; print('dossier: %d pages' % len(r.pages))" "$WORK/dossier.pdf"
start=$(date +%s%N); "$APP" --screenshot "$WORK/window.png"; step "start to a drawn window (offscreen)"; seconds "$start"; echo
[ -s "$WORK/window.png" ]
CHANGED=$(find "$APP_DIR" -newer "$MARK" | head -5)
[ -z "$CHANGED" ] || { echo "the app wrote inside its install folder:" >&2; echo "$CHANGED" >&2; exit 1; }
step "built folder"; du -sh "$APP_DIR" | cut -f1
echo "package-check: ok"
