# `make demo` and `make test` work on a fresh machine with nothing but Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,web,ray]'
	touch $(STAMP)

DB ?= demo.duckdb

demo: $(STAMP)
	$(BIN)/tidings ingest src/tidings/examples --db $(DB)
	$(BIN)/tidings dyads --db $(DB) --limit 10
	$(BIN)/tidings timeline RUS UKR --db $(DB) --freq month
	@echo
	@echo "Every event with its sentence:  $(BIN)/tidings events --db $(DB)"
	@echo "The dashboard:                  $(BIN)/tidings serve --db $(DB)   then open http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python scripts/eval_articles.py

bench: $(STAMP)
	$(BIN)/python benchmarks/speed.py --articles 2000

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
