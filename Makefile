# Two commands do everything on a fresh machine with python3 (3.11+) and make:
#   make report   build the tables and the HTML report for data/corpus/ (or CORPUS=DIR)
#   make test     run the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= data/corpus
# JupyterLab refuses to start as root (common in containers) unless told it may.
LAB_FLAGS ?= $(if $(filter 0,$(shell id -u)),--allow-root)
LAB_ARGS ?=  # more `jupyter lab` options, e.g. --no-browser --port=8899
OUT ?=  # report folder; default report/

.PHONY: install install-test report tables test lab bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

tables: install
	$(PY) -m helpers build $(CORPUS)

report: install
	$(PY) -m helpers report $(CORPUS) $(if $(OUT),--out $(OUT))

test: install-test
	$(PY) -m pytest

lab: install
	$(VENV)/bin/jupyter lab notebooks/ $(LAB_FLAGS) $(LAB_ARGS)

bench: install
	$(PY) bench/ingest.py
	$(PY) bench/extract.py
	$(PY) bench/notebooks.py
	$(PY) bench/report.py
	$(PY) bench/build.py --sizes 5000 20000 --compare-at 0

clean:
	rm -rf data/processed report
