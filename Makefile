# The two commands of the README: `make run` and `make test`. Both set up .venv first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint test-core test-long reliability-report bench screenshots clean package \
	translations

$(STAMP): pyproject.toml tools/find-python
	@if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
		echo "Recreating $(VENV): it was made with a Python older than 3.12."; rm -rf $(VENV); fi
	@if [ ! -x $(PY) ]; then PYBIN=$$(tools/find-python) && "$$PYBIN" -m venv $(VENV); fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	QT_QPA_PLATFORM= $(VENV)/bin/btam-desktop $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check btam_desktop tests bench tools
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

# The core (domain, storage, services, CLI) must work with PySide6 not importable at all.
test-core: $(STAMP)
	@! PYTHONPATH=tests/no_qt $(PY) -c 'import PySide6' 2>/dev/null || { echo "the no-Qt shim failed"; exit 1; }
	PYTHONPATH=tests/no_qt $(PY) -m pytest -q -p no:pytest-qt -W ignore::pytest.PytestConfigWarning \
		tests/domain tests/packs tests/storage tests/services tests/cli tests/sync

test: lint
	$(PY) -m pytest
	$(MAKE) --no-print-directory test-core

# The nightly tier of tests/reliability (B1 x1000, B2 with SIGKILL and random kills, D1 x1000,
# atheris for 40 CPU-minutes): about 35 minutes on 2 cores. Its figures go to the report.
# tests/sync/test_syncthing.py runs two real Syncthing instances on loopback: Syncthing from
# Debian's package, installed here when root on Debian (elsewhere, install it first: the
# nightly tier fails that test rather than skip it).
test-long: $(STAMP)
	$(PY) -m pip install --quiet -e '.[long]' || echo "atheris did not install: its test is skipped"
	@if ! command -v syncthing >/dev/null && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends syncthing; fi
	BTAM_NIGHTLY=1 $(PY) -m pytest -m nightly tests

# docs/reliability.md from the figures of the last runs (the fast tier is run again first).
reliability-report: $(STAMP)
	$(PY) -m pytest -q -m "reliability and not nightly" tests
	$(PY) tools/reliability_report.py

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

# The frozen Linux app: dist/btam-desktop/ and its .tar.gz, self-tested from an unpacked copy
# (packaging/README.md). Not part of `make test`; needs the [package] extra (PyInstaller).
PACKAGE_STAMP := $(VENV)/.package-stamp
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $@

package: $(PACKAGE_STAMP)
	$(PY) tools/package.py

# The window's Spanish: lupdate over btam_desktop/ui, the Spanish of resources/translations/es.json
# into btam_es.ts, lrelease into btam_es.qm (both checked in; tests/ui/test_translations.py
# fails when they are not current). New strings with no Spanish are listed in
# resources/translations/untranslated-es.json: fill it in and run this again.
translations: $(STAMP)
	$(PY) tools/translations.py

screenshots: $(STAMP)
	$(PY) tools/screenshots.py
