# `make demo` and `make test` do all set-up on a fresh machine (Python >= 3.11, Pango).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DATE := 2025-03-18

.PHONY: demo test test-slow lint typecheck unit wheel bench bench-hostile eval eval-dates eval-next-steps eval-quotes screenshots clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/briefgen build --topic ukraine --date $(DEMO_DATE)

lint: $(VENV)/.installed
	$(BIN)/ruff check briefgen tests benchmarks
	$(BIN)/ruff format --check briefgen tests benchmarks

typecheck: $(VENV)/.installed
	$(BIN)/mypy

unit: $(VENV)/.installed
	$(BIN)/pytest -q

test: lint typecheck unit

# The slow reproductions (a feed dripping for minutes, 40 pages of 19 MB): not part of `make test`.
test-slow: $(VENV)/.installed
	$(BIN)/pytest -q -s -m slow

# dist/briefgen-<version>-py3-none-any.whl, for `pipx install` (offline: hatchling is in the venv).
wheel: $(VENV)/.installed
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w dist .

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/fetch.py

# Selection quality on the team's dev set (../shared/eval, internal; skipped when absent).
eval: $(VENV)/.installed
	$(BIN)/python benchmarks/eval.py

# resolve_date beside dateparser on ../shared/eval/dev/dates.jsonl (skipped when absent) and the team's cases.
eval-dates: $(VENV)/.installed
	$(BIN)/python benchmarks/dates.py

bench-hostile: $(VENV)/.installed
	$(BIN)/python benchmarks/hostile.py

# Next steps on the 30 DUC clusters against two readers' labels, beside main before issue 12 (skipped without the data);
# the fresh PolNeAR set: python benchmarks/next_steps.py --corpus polnear.
eval-next-steps: $(VENV)/.installed
	$(BIN)/python benchmarks/next_steps.py

eval-quotes: $(VENV)/.installed
	$(BIN)/python benchmarks/quotes.py

# The website in headless Chromium: screenshots of its pages; two of them illustrate docs/site.md.
screenshots: $(VENV)/.installed
	BRIEFGEN_SCREENSHOTS=output/screenshots $(BIN)/pytest -q tests/test_site_browser.py
	cp output/screenshots/site-desktop-brief.png docs/site-brief.png
	cp output/screenshots/site-phone-brief.png docs/site-phone.png

clean:
	rm -rf $(VENV) output dist .pytest_cache .mypy_cache .ruff_cache
