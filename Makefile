# Luoshi: `make run` sets everything up and serves; `make test` runs the whole suite.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
SHARED ?= ../shared

.PHONY: setup run test score bench system-packages migrate demo clean

setup: system-packages $(VENV)/.installed migrate demo

run: setup
	@echo
	@echo "Luoshi: http://127.0.0.1:$(PORT)/   back office: http://127.0.0.1:$(PORT)/office/   system admin: http://127.0.0.1:$(PORT)/admin/"
	@$(BIN)/luoshi demo --credentials
	@echo
	$(BIN)/luoshi serve --port $(PORT)

system-packages:
	@bash scripts/system-packages

# The venv is rebuilt when the project's dependencies change.
$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

migrate: $(VENV)/.installed
	$(BIN)/luoshi migrate --no-input

demo: migrate
	$(BIN)/luoshi demo

test: $(VENV)/.installed
	$(BIN)/python -m pytest

score: $(VENV)/.installed
	@for set in seed dev; do \
	  gold=$(SHARED)/data/assess/$$set.jsonl; \
	  if [ ! -f $$gold ]; then echo "$$gold absent: nothing to score"; continue; fi; \
	  echo "== $$set.jsonl"; \
	  $(BIN)/luoshi assess --jsonl $$gold > $(VENV)/pred-$$set.jsonl && \
	  $(BIN)/python $(SHARED)/data/assess/score.py $$gold $(VENV)/pred-$$set.jsonl; \
	done

bench: $(VENV)/.installed
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) data build *.egg-info
