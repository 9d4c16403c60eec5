# County Cases — every target sets up what it needs first (one locked environment, system packages).
#   make book    build the HTML student edition        make test       run every check
#   make pdf     build the PDF student edition         make serve      serve _build/html on localhost
#   make instructor / make pdf-instructor: the instructor edition (solutions, teaching notes, role sheets)
#   make book-zh / pdf-zh / instructor-zh / pdf-instructor-zh: the same four in Chinese (中文版), from zh/
#   make bench   benchmark builds and labs             make notebooks  re-execute stored outputs
#   make packets printable PDFs: role sheets, briefs, agreement sheets, chapter handouts with a QR code
#   make student-content  the student notebooks, data and environment alone, as a git repository to publish
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export UV_PYTHON_DOWNLOADS := never
# Compile .pyc at install time: with PYTHONDONTWRITEBYTECODE set (as on CI machines) every process would
# otherwise recompile every module it imports (about 3 s per build or kernel start).
export UV_COMPILE_BYTECODE := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1

# System packages (Debian/Ubuntu), installed by tools/ensure-apt.sh when we are root or have sudo.
APT_BOOK := fonts-noto-cjk
APT_PDF := $(APT_BOOK) fonts-dejavu-core texlive-xetex texlive-latex-extra texlive-fonts-recommended \
           texlive-lang-chinese latexmk poppler-utils
APT_TEST := $(APT_PDF) chromium git zbar-tools

.PHONY: help setup sysdeps-book sysdeps-pdf sysdeps-test vendor book pdf instructor pdf-instructor serve test bench \
        book-zh pdf-zh instructor-zh pdf-instructor-zh \
        notebooks binder clean packets student-content

help:
	@sed -n '2,8p' Makefile

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

book_static/widgets/.js-lock.json: vendor/js-lock.json tools/vendor_js.py
	@command -v npm >/dev/null || tools/ensure-apt.sh npm
	$(BIN)/python -m tools.vendor_js

vendor: $(VENV)/.synced book_static/widgets/.js-lock.json

# JavaScript only the tests use (axe-core for the accessibility sweep), pinned like the book's.
$(TOOLS)/test-js/.js-lock.json: vendor/test-js-lock.json tools/vendor_js.py | $(VENV)/.synced
	@command -v npm >/dev/null || tools/ensure-apt.sh npm
	$(BIN)/python -m tools.vendor_js --lock vendor/test-js-lock.json --out $(TOOLS)/test-js

setup: $(VENV)/.synced vendor

sysdeps-book:
	@tools/ensure-apt.sh $(APT_BOOK)

sysdeps-pdf:
	@tools/ensure-apt.sh $(APT_PDF)

sysdeps-test:
	@tools/ensure-apt.sh $(APT_TEST)

book: sysdeps-book setup
	$(BIN)/python -m tools.book html

pdf: sysdeps-pdf setup
	$(BIN)/python -m tools.book pdf

instructor: sysdeps-book setup
	$(BIN)/python -m tools.book html --edition instructor

pdf-instructor: sysdeps-pdf setup
	$(BIN)/python -m tools.book pdf --edition instructor

book-zh: sysdeps-book setup
	$(BIN)/python -m tools.book html --edition zh

pdf-zh: sysdeps-pdf setup
	$(BIN)/python -m tools.book pdf --edition zh

instructor-zh: sysdeps-book setup
	$(BIN)/python -m tools.book html --edition zh-instructor

pdf-instructor-zh: sysdeps-pdf setup
	$(BIN)/python -m tools.book pdf --edition zh-instructor

serve:
	@test -f _build/html/index.html || $(MAKE) book
	@echo "Serving the book at http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

test: sysdeps-test book pdf instructor pdf-instructor book-zh pdf-zh instructor-zh pdf-instructor-zh \
      $(TOOLS)/test-js/.js-lock.json
	$(BIN)/python -m pytest

student-content: setup
	$(BIN)/python -m tools.student_content --git

packets: sysdeps-test book instructor book-zh instructor-zh
	$(BIN)/python -m tools.packets

bench: sysdeps-test setup
	$(BIN)/python -m tools.bench

notebooks: sysdeps-book setup
	$(BIN)/python -m tools.execute_notebooks

binder: $(VENV)/.synced
	$(BIN)/python -m tools.export_binder

clean:
	rm -rf _build artifacts .pytest_cache
