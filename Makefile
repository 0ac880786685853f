# The two commands that matter on a fresh machine: `make run` and `make test`.
# Each installs what it needs first (scripts/ensure-deps).

SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench fuzz clean format lint

## Opens the dashboard on the built-in corpus (pass ARGS="timeline --json" etc. for a subcommand).
run:
	@scripts/ensure-deps
	@$(SWIFT) build --product parley -q
	@.build/debug/parley $(ARGS)

## Checks the style, builds once, checks that the fuzz targets still compile, then runs every test.
test: lint
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

## The code's style (.swift-format: 4 spaces, 140 columns), checked without changing a file.
## swift-format ships with the toolchain.
FORMATTED = Sources Tests Fuzz Package.swift
lint:
	$(SWIFT) format lint --strict --parallel -r $(FORMATTED)

## Rewrites the files in that style.
format:
	$(SWIFT) format format -i --parallel -r $(FORMATTED)

clean:
	rm -rf .build
