# Hardening: fuzzing and the whole test suite under sanitizers.
# Included from the Makefile (`include mk/hardening.mk`); uses its SWIFT, PYTHON_ENV, deps and
# test-deps.
#
#   make -j2 fuzz        every fuzz target for FUZZ_SECONDS (two at a time on two cores)
#   make fuzz-smoke      every fuzz target for FUZZ_SMOKE_SECONDS, one after another (CI)
#   make fuzz-csv-reader one target (also fuzz-date-parser, fuzz-amount-parser, fuzz-template,
#                        fuzz-snapshot)
#   make check           the test suite under AddressSanitizer, then ThreadSanitizer
#
# A fuzz failure leaves its input in .build-fuzz/artifacts/TARGET/ (see scripts/fuzz.sh).

FUZZ_TARGETS       := csv-reader date-parser amount-parser template snapshot
FUZZ_SECONDS       ?= 600
FUZZ_SMOKE_SECONDS ?= 30
# The sanitizer builds of the binary take several times the memory of a plain one; the
# hostile-input tests bound peak memory by this instead of their default.
SANITIZER_RSS_LIMIT_MB ?= 1536
# Swift's crash backtracer is off: after a sanitizer report it can hang the run instead of
# ending it.
SANITIZER_TEST_ENV = CUSTOMER_REVIEW_PYTHON=$(CURDIR)/$(PYTHON_ENV)/bin/python \
	CUSTOMER_REVIEW_RSS_LIMIT_MB=$(SANITIZER_RSS_LIMIT_MB) SWIFT_BACKTRACE=enable=no

.PHONY: fuzz fuzz-smoke $(FUZZ_TARGETS:%=fuzz-%) check check-asan check-tsan

fuzz: $(FUZZ_TARGETS:%=fuzz-%)

$(FUZZ_TARGETS:%=fuzz-%): fuzz-%: deps
	scripts/fuzz.sh $* $(FUZZ_SECONDS)

fuzz-smoke: deps
	scripts/fuzz.sh all $(FUZZ_SMOKE_SECONDS)

check: check-asan check-tsan

# The end-to-end tests run the binary beside the test bundle, so they run the instrumented one.
check-asan: test-deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	$(SANITIZER_TEST_ENV) ASAN_OPTIONS=detect_leaks=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/mk/lsan-suppressions.txt:print_suppressions=0 \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

check-tsan: test-deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SANITIZER_TEST_ENV) TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
	  $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan
