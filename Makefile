# The two commands that matter on a fresh machine: `make run` and `make test`.
# Each installs what it needs first (scripts/ensure-deps).

SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench fuzz clean

## Opens the dashboard on the built-in corpus (pass ARGS="timeline --json" etc. for a subcommand).
run:
	@scripts/ensure-deps
	@$(SWIFT) build --product parley -q
	@.build/debug/parley $(ARGS)

## Builds once, checks that the fuzz targets still compile, then runs every test.
test:
	@scripts/ensure-deps --for-tests
	$(SWIFT) build --build-tests
	PARLEY_FUZZ=1 $(SWIFT) build --target FuzzLoader
	PARLEY_FUZZ=1 $(SWIFT) build --target FuzzDashboard
	$(SWIFT) test --skip-build

build:
	@scripts/ensure-deps
	$(SWIFT) build

release:
	@scripts/ensure-deps
	$(SWIFT) build -c release

## The benchmark (release build): generated corpora of 10, 1,000 and 10,000 articles; a table
## on stdout and JSON in .build/bench/bench.json. ARGS="--sizes 1000 --runs 1" for a quick one.
bench:
	@scripts/ensure-deps --for-tests
	@$(SWIFT) build -c release -q
	@.build/release/parley-bench $(ARGS)

clean:
	rm -rf .build
