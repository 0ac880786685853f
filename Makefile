# The two commands that matter on a fresh machine: `make run` and `make test`.
# Each installs what it needs first (scripts/ensure-deps).

SWIFT ?= swift
ARGS ?=

.PHONY: run test build release bench fuzz clean format lint install uninstall

PREFIX ?= /usr/local
DESTDIR ?=
BIN = $(DESTDIR)$(PREFIX)/bin
SHARE = $(DESTDIR)$(PREFIX)/share

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

## Installs parley under $(DESTDIR)$(PREFIX) (default /usr/local): the binary with its
## resources beside it, the built-in corpus, a man page generated from the command definitions
## and completions for bash, zsh and fish. `make uninstall` removes exactly these.
install:
	@scripts/ensure-deps
	$(SWIFT) build -c release --product parley
	$(SWIFT) package generate-manual
	install -d $(BIN) $(SHARE)/parley/seeds $(SHARE)/man/man1 $(SHARE)/bash-completion/completions \
		$(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	install -m 755 .build/release/parley $(BIN)/parley
	rm -rf $(BIN)/Parley_ParleyModel.resources
	cp -R .build/release/Parley_ParleyModel.resources $(BIN)/
	install -m 644 seeds/*.txt seeds/*.yaml $(SHARE)/parley/seeds/
	install -m 644 .build/plugins/GenerateManual/outputs/parley/parley.1 $(SHARE)/man/man1/parley.1
	.build/release/parley --generate-completion-script bash > $(SHARE)/bash-completion/completions/parley
	.build/release/parley --generate-completion-script zsh > $(SHARE)/zsh/site-functions/_parley
	.build/release/parley --generate-completion-script fish > $(SHARE)/fish/vendor_completions.d/parley.fish

uninstall:
	rm -f $(BIN)/parley $(SHARE)/man/man1/parley.1 $(SHARE)/bash-completion/completions/parley \
		$(SHARE)/zsh/site-functions/_parley $(SHARE)/fish/vendor_completions.d/parley.fish
	rm -rf $(BIN)/Parley_ParleyModel.resources $(SHARE)/parley
