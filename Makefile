# Two commands for a newcomer: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE_LIBRARY ?= $(CURDIR)/.sample-library

.PHONY: run test lint bench clean package package-check mutation

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# The Index's published scores, beside the checkout (read from there, never copied into the project).
OCINDEX ?= $(CURDIR)/../shared/data/ocindex/ocindex_scores_long_2021_2023_2025.csv

# Opens the app on a library that already holds the bundled sample report (and the scores, if at hand).
run: $(STAMP)
	$(BIN)/excerpta --library "$(SAMPLE_LIBRARY)" import resources/sample
	if [ -f "$(OCINDEX)" ]; then $(BIN)/excerpta --library "$(SAMPLE_LIBRARY)" scores import "$(OCINDEX)"; fi
	$(BIN)/excerpta --library "$(SAMPLE_LIBRARY)"

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check domain db desktop tests bench
	$(BIN)/mypy domain db desktop --exclude desktop/ui

# Mutation testing (not part of CI, for time): each mutant of db/, desktop/ingest/, desktop/dossier/ and
# desktop/ops/ must make a test of the fast subset fail (see [tool.mutmut] in pyproject.toml). Narrow it with
# MUTANTS, e.g. make mutation MUTANTS='db.services.anchoring*'. Results: mutants/, `mutmut results`.
MUTANTS ?=
mutation: $(STAMP)
	QT_QPA_PLATFORM=offscreen nice -n 10 $(BIN)/mutmut run $(MUTANTS)
	$(BIN)/python bench/mutation_summary.py

bench: $(STAMP)
	$(BIN)/python bench/import_bench.py

# The one-folder desktop app in dist/excerpta/ (PyInstaller; a few minutes). Reinstalling first refreshes
# the version that hatch-vcs takes from the git tag.
package: $(STAMP)
	$(BIN)/pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/excerpta.spec

# Starts the built app offscreen on a fresh library: import, search, export, and nothing written beside it.
package-check: package
	packaging/smoke_test.sh dist/excerpta

clean:
	rm -rf $(VENV) .sample-library .pytest_cache build dist mutants
