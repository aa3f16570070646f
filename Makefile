# Two commands for a newcomer: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE_LIBRARY ?= $(CURDIR)/.sample-library

.PHONY: run test test-xvfb lint bench clean package package-check translations check-system mutation

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# The Index's published scores, beside the checkout (read from there, never copied into the project).
OCINDEX ?= $(CURDIR)/../shared/data/ocindex/ocindex_scores_long_2021_2023_2025.csv

# Are the system libraries of Qt's X11 plugin there? If not: the one install line, and stop.
check-system: $(STAMP)
	@$(BIN)/python -m desktop.system_check

# Opens the app on a library that already holds the bundled sample report (and the scores, if at hand).
run: check-system
	$(BIN)/excerpta --library "$(SAMPLE_LIBRARY)" import resources/sample
	if [ -f "$(OCINDEX)" ]; then $(BIN)/excerpta --library "$(SAMPLE_LIBRARY)" scores import "$(OCINDEX)"; fi
	$(BIN)/excerpta --library "$(SAMPLE_LIBRARY)"

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The window tests once more on a real X11 display (Xvfb, the xcb platform), beside the offscreen run.
XVFB_TESTS ?= tests/test_ui_window.py tests/test_ui_accessibility.py tests/test_ui_reader_charts.py
test-xvfb: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb $(BIN)/python -m pytest -q $(XVFB_TESTS)

# Every .ts from the code's tr() calls (English: plural forms only), then the .qm files the app loads.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate desktop/ui/*.py -ts $(filter-out resources/i18n/excerpta_en.ts,$(wildcard resources/i18n/excerpta_*.ts))
	$(BIN)/pyside6-lupdate -pluralonly desktop/ui/*.py -ts resources/i18n/excerpta_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/*.ts

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
