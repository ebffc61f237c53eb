# Two entry points for a fresh machine (see README):
#   make site   lint the corpus, generate the pages and build the site into site/
#   make test   run every test (installs Python packages and Chromium if missing)
# Both create .venv/ and install what they need.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install site serve lint test test-fast browser bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[site,test,bench]'
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(VENV)/bin/cchc lint

site: $(STAMP)
	$(VENV)/bin/cchc lint
	$(VENV)/bin/cchc site build

serve: $(STAMP)
	$(VENV)/bin/cchc site serve

# Debian's chromium for the browser tests (root or sudo); skipped when present.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

test: $(STAMP) browser
	@$(PY) -m pytest -n 2 -q; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing on purpose" >&2; exit 1; fi; \
	exit $$rc

test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not browser and not slow"

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) site docs/corpus .pytest_cache
