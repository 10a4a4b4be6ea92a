# customer-review: the two set-up commands are `make run` and `make test`.
SWIFT      ?= swift
PREFIX     ?= /usr/local
# The demo's as-of date: the sample data runs through October 2026, so the 15th of
# November reviews a full month whatever today's date is.
DEMO_AS_OF ?= 2026-11-15
PYTHON_ENV := .build-python
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build run test test-deps bench install uninstall clean

# libxlsxwriter from Debian (and zlib's header, which it links against), installed only when
# pkg-config or the header cannot be found.
deps:
	@{ pkg-config --exists xlsxwriter && [ -f /usr/include/zlib.h ]; } || { \
	  echo "installing libxlsxwriter-dev and zlib1g-dev (apt-get)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxlsxwriter-dev zlib1g-dev pkg-config; }

build: deps
	$(SWIFT) build -c release

# The sample's earlier months first (one backfill, snapshots only), so that the demo shows what
# changed since last month, the running streaks and the trends. Both runs keep their snapshots
# in reports/history, never in sample-data/ (a checkout stays clean).
DEMO_BACKFILL ?= 2026-05..2026-09

run: build
	.build/release/customer-review monthly --data sample-data --as-of $(DEMO_AS_OF) --backfill $(DEMO_BACKFILL) \
	  --history reports/history --quiet
	.build/release/customer-review monthly --data sample-data --as-of $(DEMO_AS_OF) --history reports/history --out reports

# The tests read workbooks back with openpyxl, an independent reader, from PyPI.
test-deps: deps
	@[ -x $(PYTHON_ENV)/bin/python ] && $(PYTHON_ENV)/bin/python -c 'import openpyxl' 2>/dev/null || { \
	  python3 -m venv $(PYTHON_ENV) && $(PYTHON_ENV)/bin/pip install -q openpyxl; }

test: test-deps
	$(SWIFT) build
	CUSTOMER_REVIEW_PYTHON=$(CURDIR)/$(PYTHON_ENV)/bin/python $(SWIFT) test

# The speed and memory table of the README (see scripts/bench.sh for sizes).
bench: build
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time; }
	scripts/bench.sh

# The binary (with the Swift runtime linked in, so it needs no toolchain) and the default
# templates; the program finds the templates beside itself, so it runs from any directory
# and under cron's bare environment.
install: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static
	install -D -m 0755 .build-static/release/customer-review $(DESTDIR)$(PREFIX)/bin/customer-review
	install -d $(DESTDIR)$(PREFIX)/share/customer-review/templates
	install -m 0644 templates/*.html $(DESTDIR)$(PREFIX)/share/customer-review/templates/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/customer-review
	rm -rf $(DESTDIR)$(PREFIX)/share/customer-review

clean:
	rm -rf .build $(PYTHON_ENV) reports

# Fuzzing (make fuzz, make fuzz-smoke) and the suite under sanitizers (make check).
include mk/hardening.mk
