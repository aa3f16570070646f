#!/usr/bin/env bash
# `make package-check`: starts the built app as an analyst would, offscreen, on a fresh library, and checks
# that its --version names tantivy and the other components at the build's versions, that it imports the
# bundled sample (with facts), finds the sample's paragraph through tantivy (and Whoosh), exports a dossier
# PDF that reads back, draws its window, and writes nothing inside its install folder nor in the folder it
# was started from. The assertions are in smoke_checks.py, run by the build venv's Python. Prints the
# folder's size and the start times.
# Usage: packaging/smoke_test.sh [APP_DIR]   (default: dist/excerpta beside this checkout)
set -Eeuo pipefail  # -E: the ERR trap below also fires inside functions
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=${1:-$ROOT/dist/excerpta}
[ -x "$APP_DIR/excerpta" ] || { echo "no built app at $APP_DIR/excerpta: run make package" >&2; exit 1; }
APP_DIR=$(cd "$APP_DIR" && pwd)  # absolute: the app is started from another folder
APP="$APP_DIR/excerpta"
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
check() { "$PYTHON" "$ROOT/packaging/smoke_checks.py" "$@"; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Whatever the app says on stderr is kept, and shown if a step fails.
STDERR="$WORK/stderr.txt"; : > "$STDERR"
trap 'status=$?; if [ $status -ne 0 ] && [ -s "$STDERR" ]; then echo "--- the app said on stderr:" >&2; tail -40 "$STDERR" >&2; fi' ERR
app() { "$APP" "$@" 2>>"$STDERR"; }

export QT_QPA_PLATFORM=offscreen
# A fresh user: the library goes where platformdirs puts it for this user, not beside the app.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export XDG_CACHE_HOME="$WORK/home/.cache"
unset EXCERPTA_LIBRARY
mkdir -p "$HOME" "$WORK/cwd"
# Started from an empty folder, so that a file the app drops in its current folder is caught as well.
cd "$WORK/cwd"
# What the install folder holds before the run: every path, size, permission and modification time.
find "$APP_DIR" -printf '%P %s %m %T@\n' | sort > "$WORK/folder-before.txt"
MARK="$WORK/mark"; touch "$MARK"; sleep 1

step() { printf '%-38s' "$1"; }
seconds() { local start=$1; echo "$(( $(date +%s%N) - start ))" | awk '{printf "%.2f s", $1/1e9}'; }

# --version: this build's version, a PyInstaller bundle, tantivy and every other component as in the venv.
app --version > "$WORK/version.txt"
cat "$WORK/version.txt"
check version "$WORK/version.txt"
start=$(date +%s%N); app --version >/dev/null; step "start to --version"; seconds "$start"; echo

SAMPLE=$(find "$APP_DIR" -path '*resources/sample/*.txt' | head -1)
[ -n "$SAMPLE" ] || { echo "the sample report is not bundled" >&2; exit 1; }
start=$(date +%s%N)
app import "$SAMPLE" | tee "$WORK/import.txt"
step "import the sample (with facts)"; seconds "$start"; echo
grep -q ": imported (" "$WORK/import.txt"
LIBRARY="$XDG_DATA_HOME/Excerpta/library"
[ -f "$LIBRARY/library.sqlite" ] || { echo "the library is not in the user data folder ($LIBRARY)" >&2; exit 1; }

# Search: a new library's index is tantivy's (the default); the sample's phrase finds its one paragraph.
PHRASE_QUERY='"marché criminel le plus important"'
check index "$LIBRARY" tantivy
app outline --json > "$WORK/outline.json"
app search "$PHRASE_QUERY" --json > "$WORK/search-tantivy.json"
check phrase-search "$WORK/search-tantivy.json" "$WORK/outline.json" tantivy
app search "cocaïne" --json > "$WORK/search-accented.json"
app search "cocaine" --json > "$WORK/search-plain.json"
check folded-search "$WORK/search-accented.json" "$WORK/search-plain.json"
# The Whoosh engine is bundled too (a library can switch to it): the same paragraph, then back to tantivy.
app reindex --engine whoosh > /dev/null
check index "$LIBRARY" whoosh
app search "$PHRASE_QUERY" --json > "$WORK/search-whoosh.json"
check phrase-search "$WORK/search-whoosh.json" "$WORK/outline.json" whoosh
app reindex --engine tantivy > /dev/null
check index "$LIBRARY" tantivy

# The other readers: a Word file, a web page and a PDF, each found by a word only it holds.
check write-formats "$WORK/formats"
app import --no-facts "$WORK/formats" > "$WORK/formats-import.txt"
for word in péniches aduaneros warehouses; do app search "$word" --json > "$WORK/search-$word.json"; done
check formats "$WORK/formats-import.txt" "$WORK/search-péniches.json" "$WORK/search-aduaneros.json" \
  "$WORK/search-warehouses.json"

app facts --type criminal_group --json > "$WORK/facts.json"
check facts "$WORK/facts.json"

# The Index's scores: the publisher's workbook when it is beside the checkout (openpyxl is bundled),
# else a small CSV written here.
WORKBOOK=${OCINDEX_WORKBOOK:-${EXCERPTA_SHARED:-$ROOT/../shared}/data/ocindex/global_oc_index_2021_2023.xlsx}
if [ -f "$WORKBOOK" ]; then
  app scores import "$WORKBOOK"
  app scores show Belgium --edition 2023 --json | "$PYTHON" -c "import json,sys; d=json.load(sys.stdin); assert d['criminality'] == 4.43, d; print('scores: Belgium 2023 criminality', d['criminality'])"
else
  printf 'Country,"Criminality avg,",Cocaine trade\nLuxembourg,3,3.5\n' > "$WORK/scores_2025.csv"
  app scores import "$WORK/scores_2025.csv"
  app scores show Luxembourg --json | "$PYTHON" -c "import json,sys; d=json.load(sys.stdin); assert d['indicators'] == {'cocaine_trade': 3.5}, d; print('scores: Luxembourg cocaine trade 3.5')"
fi

app export "$WORK/dossier.pdf" --query "cocaïne" --title "Smoke test"
check dossier "$WORK/dossier.pdf" "Smoke test"

start=$(date +%s%N); app --screenshot "$WORK/window.png" --search "cocaïne"
step "start to a drawn window (offscreen)"; seconds "$start"; echo
check screenshot "$WORK/window.png"

# Nothing written inside the install folder (no file added, removed or changed), nor where it was started.
find "$APP_DIR" -printf '%P %s %m %T@\n' | sort > "$WORK/folder-after.txt"
if ! diff -q "$WORK/folder-before.txt" "$WORK/folder-after.txt" > /dev/null; then
  echo "the app changed its install folder:" >&2
  diff "$WORK/folder-before.txt" "$WORK/folder-after.txt" | head -10 >&2
  exit 1
fi
CHANGED=$(find "$APP_DIR" -newer "$MARK" | head -5)
[ -z "$CHANGED" ] || { echo "the app wrote inside its install folder:" >&2; echo "$CHANGED" >&2; exit 1; }
LEFT=$(find "$WORK/cwd" -mindepth 1 | head -5)
[ -z "$LEFT" ] || { echo "the app wrote into the folder it was started from:" >&2; echo "$LEFT" >&2; exit 1; }
echo "install folder: unchanged ($(wc -l < "$WORK/folder-after.txt") entries); start folder: empty"
if grep -q "Traceback" "$STDERR"; then
  echo "the app printed a traceback:" >&2; cat "$STDERR" >&2; exit 1
fi
step "built folder"; du -sh "$APP_DIR" | cut -f1
echo "package-check: ok"
