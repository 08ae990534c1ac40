# diplograph: `make demo` and `make test` work on a fresh machine (Python >= 3.11).
# PYTHON: the interpreter .venv is built from. Left empty, tools/pick_python.py picks the
# fastest Python >= 3.11 of the plain python3's minor version on this machine (a distribution's
# optimised build over a default pyenv build: ~1.2x on the pipeline; BENCHMARKS.md).
PYTHON ?=
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint format bench clean install

$(STAMP): pyproject.toml
	@py="$(PYTHON)"; \
	if [ -z "$$py" ] && [ -x $(BIN)/python ]; then exit 0; fi; \
	if [ -z "$$py" ]; then py=$$(python3 tools/pick_python.py --verbose) || py=python3; fi; \
	echo "$$py -m venv $(VENV)"; \
	$$py -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,scale]'
	@# pip compiles the bytecode of what it installs, but not of an editable project's own
	@# source: where PYTHONDONTWRITEBYTECODE is set, every command would compile the ~90
	@# modules it imports again (~0.1 s CPU of each start; BENCHMARKS.md, "Bytecode of the project's source").
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/diplograph demo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy
	@# a merge's conflict markers left in a docstring or data file pass every other check
	@! grep -rnE '^(<<<<<<<|>>>>>>>) ' src tests benchmarks || { echo 'merge conflict markers left (above)'; exit 1; }

test: lint
	$(BIN)/python -m pytest -q

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks tools
	$(BIN)/ruff check --fix src tests benchmarks tools

bench: $(STAMP)
	@# bytecode of modules edited since the install (startup is part of the benchmark)
	$(BIN)/python -m compileall -q src
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf $(VENV) build dist *.egg-info diplograph-demo
