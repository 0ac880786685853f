# The two commands that matter on a fresh machine: `make run` and `make test`.
# Each installs what it needs first (scripts/ensure-deps).

SWIFT ?= swift
ARGS ?=

.PHONY: run test build release clean

## Opens the dashboard on the built-in corpus (pass ARGS="timeline --json" etc. for a subcommand).
run:
	@scripts/ensure-deps
	@$(SWIFT) build --product parley -q
	@.build/debug/parley $(ARGS)

## Builds once, then runs every test.
test:
	@scripts/ensure-deps --for-tests
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build:
	@scripts/ensure-deps
	$(SWIFT) build

release:
	@scripts/ensure-deps
	$(SWIFT) build -c release

clean:
	rm -rf .build
