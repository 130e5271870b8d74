# Kuhina Desktop. `make run` starts the program, `make test` runs every test.
# Both create the virtual environment (.venv) and install what they need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test check lint format typecheck unit gui e2e bench bench-quick translations screenshots \
	bundle bundle-test clean help sysdeps-run sysdeps-test layers-picture

help:
	@echo "make run          start Kuhina Desktop (demo data on first run)"
	@echo "make test         lint, type-check and run every test"
	@echo "make unit         the quick loop: unit tests, no PostgreSQL variants"
	@echo "make bench        run the benchmarks (national scale, an hour or more) into docs/performance.md"
	@echo "make bench-quick  the same rows at the regional scale into build/work/performance-quick.md"
	@echo "make screenshots  screenshots of the app and the web catalogue into docs/screenshots/"
	@echo "make translations regenerate resources/i18n/*.ts and compile .qm"
	@echo "make bundle       build the PyInstaller one-folder app; make bundle-test checks it"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

sysdeps-run:
	@bash build/system-deps.sh run

sysdeps-test:
	@bash build/system-deps.sh test

run: $(STAMP) sysdeps-run
	$(BIN)/kuhina

lint: $(STAMP)
	$(BIN)/ruff check kuhina_desktop tests
	$(BIN)/ruff format --check kuhina_desktop tests

format: $(STAMP)
	$(BIN)/ruff format kuhina_desktop tests
	$(BIN)/ruff check --fix kuhina_desktop tests

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck

test: $(STAMP) sysdeps-test check
	$(BIN)/python -m pytest

# The quick loop: the unit tests without their PostgreSQL variants (make test runs those).
unit: $(STAMP)
	$(BIN)/python -m pytest tests/unit -m "not postgres"

# The start-up benchmark measures the bundle too, so it is rebuilt first.
bench: $(STAMP) sysdeps-test bundle
	$(BIN)/python tests/bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build/work build/dist

bundle: $(STAMP)
	@bash build/system-deps.sh bundle
	$(BIN)/pip install -q -e '.[bundle]'
	bash build/linux/build.sh

bundle-test:
	bash build/linux/bundle-test.sh

# The layers' picture in docs/architecture.md, from the code's imports (needs Graphviz's dot).
layers-picture: $(STAMP)
	$(BIN)/python build/layer_picture.py

translations: $(STAMP)
	$(BIN)/python build/update_translations.py
	$(BIN)/python build/update_cli_translations.py

screenshots: $(STAMP)
	bash build/system-deps.sh screenshots
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python build/screenshots.py
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python build/screenshots_coordinator.py
	QT_QPA_PLATFORM=offscreen:configfile=tests/data/screen-1366x768.json \
		$(BIN)/python -m tests.gui.first_hour docs/screenshots
	$(BIN)/python build/screenshots_excel.py
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python build/screenshots_receipts.py
	$(BIN)/python -m tests.e2e.site_screenshots

# The same rows at the regional scale (10,000 opportunities), not the figures of record: the
# report goes to build/work/performance-quick.md; the bundle's rows only if it is current.
bench-quick: $(STAMP) sysdeps-test
	KUHINA_BENCH_QUICK=1 $(BIN)/python tests/bench/run_all.py
