# Fahras: `make run` builds, indexes the sample corpus and serves http://localhost:8080;
# `make test` runs every test. Both need a JDK 21 or newer, which this Makefile finds.

SHELL := /bin/bash
PORT ?= 8080
INDEX ?= data/sample-index
CORPUS ?= samples/news
JAR := target/fahras.jar
# Benchmarks and evaluations run from their own jar (the bench module): fahras.jar does not ship them.
BENCH_JAR := target/fahras-bench.jar
POMS := pom.xml core/pom.xml app/pom.xml

# A JDK 21+: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
JAVA_HOME := $(shell bin/find-jdk)
ifeq ($(JAVA_HOME),)
$(error No JDK 21 or newer found. Install one, e.g. `apt-get install openjdk-21-jdk-headless` (or Temurin 21+), or set JAVA_HOME to it)
endif
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)
JAVA := $(JAVA_HOME)/bin/java --add-modules jdk.incubator.vector -Dfile.encoding=UTF-8
MVN := mvn -B -q

.PHONY: build run index serve test bench bench-analysis bench-indexing bench-search bench-http bench-soak bench-profile eval eval-retrieval eval-conflation eval-clean eval-entities eval-stories clean

# Evaluation data (never committed); override with DATA=/path/to/data.
DATA ?= ../shared/data

build: $(JAR)

$(JAR): $(POMS) $(shell find core/src/main app/src/main -type f 2>/dev/null)
	$(MVN) -DskipTests -pl app -am package

$(BENCH_JAR): $(JAR) bench/pom.xml $(shell find bench/src/main -type f 2>/dev/null)
	$(MVN) -DskipTests -pl bench -am package

# index reads only what changed since its last run into INDEX (a file with the same size and
# time is not read, a record with the same id and content is not rewritten); serve serves INDEX
# as it is, without indexing.
index: $(JAR)
	bin/fahras index $(CORPUS) --index $(INDEX)

run: index
	bin/fahras serve --index $(INDEX) --port $(PORT)

serve: $(JAR)
	bin/fahras serve --index $(INDEX) --port $(PORT)

# The jar first: BinFahrasTest runs bin/fahras on it, as a user does.
test: $(JAR)
	mvn -B --no-transfer-progress test

# Every benchmark; the results tables go to target/bench/*.md as well as the terminal.
# ARTICLES: corpus size (real news first, then articles recombined from their paragraphs);
# the issue's figures use ARTICLES=200000.
bench: bench-analysis bench-indexing bench-search bench-http bench-soak

ARTICLES ?= 50000
BENCH_DIR ?= target/bench
BENCH_HEAP ?= -Xmx6g
HTTP_SECONDS ?= 30
SERVER_HEAP ?= 1g

# Full-pipeline indexing against plain Lucene with ArabicAnalyzer, same run; leaves the index
# in $(BENCH_DIR)/fahras for the search benchmarks.
bench-indexing: $(BENCH_JAR)
	mkdir -p $(BENCH_DIR)
	set -o pipefail; $(JAVA) $(BENCH_HEAP) -cp $(BENCH_JAR) org.fahras.bench.IndexingBenchmark $(DATA) $(ARTICLES) $(BENCH_DIR) | tee $(BENCH_DIR)/indexing.md

# In-process search latency: BM25 top 20, + facets (drill-sideways), + snippets.
bench-search: $(BENCH_JAR)
	set -o pipefail; $(JAVA) -Xmx2g -cp $(BENCH_JAR) org.fahras.bench.SearchBenchmark $(DATA) $(ARTICLES) $(BENCH_DIR) | tee $(BENCH_DIR)/search.md

# The real server (-Xmx$(SERVER_HEAP)) under 1, 4 and 16 clients of wrk (apt-get install wrk) on
# loopback; heap after GC.
bench-http: $(BENCH_JAR)
	set -o pipefail; $(JAVA) -Xmx1g -cp $(BENCH_JAR) org.fahras.bench.HttpBenchmark $(DATA) $(ARTICLES) $(BENCH_DIR) $(HTTP_SECONDS) $(SERVER_HEAP) | tee $(BENCH_DIR)/http.md

# The server for SOAK_SECONDS under 16 search clients, a writer and a health probe every 100 ms,
# while bounded numbers of connections trickle bodies, stop half-way through their headers, stay
# silent or never read their exports (loopback only); health p99 and the well-behaved clients'
# errors, after a baseline without the bad connections. Builds its index of SOAK_ARTICLES real
# articles in $(BENCH_DIR)/soak-index-$(SOAK_ARTICLES) once.
SOAK_SECONDS ?= 300
SOAK_ARTICLES ?= 2000
bench-soak: $(BENCH_JAR)
	mkdir -p $(BENCH_DIR)
	set -o pipefail; $(JAVA) -Xmx2g -cp $(BENCH_JAR) org.fahras.bench.SoakBenchmark $(DATA) $(SOAK_ARTICLES) $(BENCH_DIR) $(SOAK_SECONDS) $(SERVER_HEAP) | tee $(BENCH_DIR)/soak.md

# Where indexing time goes: the indexing benchmark under Java Flight Recorder, then its CPU
# samples by pipeline stage (PROFILE_WITHIN: the method whose samples count).
PROFILE_WITHIN ?= IndexPipeline.index
bench-profile: $(BENCH_JAR)
	mkdir -p $(BENCH_DIR)
	$(JAVA) $(BENCH_HEAP) -XX:StartFlightRecording=filename=$(BENCH_DIR)/index.jfr,settings=profile -cp $(BENCH_JAR) org.fahras.bench.IndexingBenchmark $(DATA) $(ARTICLES) $(BENCH_DIR)
	$(JAVA) -cp $(BENCH_JAR) org.fahras.bench.ProfileSummary $(BENCH_DIR)/index.jfr $(PROFILE_WITHIN)

# JMH: analysis throughput of our chain against Lucene's ArabicAnalyzer in the same run.
bench-analysis: bench/target/test-classpath.txt
	$(JAVA) -cp bench/target/test-classes:$$(cat bench/target/test-classpath.txt) org.fahras.bench.AnalysisBenchmark

bench/target/test-classpath.txt: $(POMS) bench/pom.xml $(shell find core/src app/src bench/src -type f 2>/dev/null)
	$(MVN) -DskipTests -pl bench -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt

eval: eval-retrieval eval-conflation eval-clean eval-entities eval-stories

# The stemmer's article counts, built from the ANT news corpus as a newsroom builds them from its
# archive (`fahras article-counts`); evaluation only, so they stay under target/.
EVAL_COUNTS := target/eval/article-counts.tsv
$(EVAL_COUNTS): $(BENCH_JAR)
	$(JAVA) -cp $(BENCH_JAR) org.fahras.eval.AntArticleCounts $(DATA) $@

# Retrieval quality per analyser on ARCD, XQuAD, Qur'an QA (+ SaudiNewsNet distractors).
# DATASETS=arcd,xquad,quran (or arcd+snn, xquad+snn) runs a subset.
# Then news known-item search: a headline finds its article's body, through the product's own
# pipeline and search, against ArabicAnalyzer (KNOWN_ITEMS: the archive; tuned on Jawhara FM only).
KNOWN_ITEMS ?= $(DATA)/ant-corpus/ant-v1.1-jawharafm.jsonl.gz
eval-retrieval: $(BENCH_JAR) $(EVAL_COUNTS)
	$(JAVA) -cp $(BENCH_JAR) org.fahras.eval.RetrievalEvaluation $(DATA) $(EVAL_COUNTS) $(if $(DATASETS),--datasets $(DATASETS))
	$(JAVA) -Xmx3g -cp $(BENCH_JAR) org.fahras.eval.KnownItemEvaluation $(KNOWN_ITEMS)

# Boilerplate stripping: gold line labels, gold HTML bodies, trafilatura snippets, dates, and
# 300 generated pages with real furniture spliced into real article bodies.
eval-clean: $(BENCH_JAR)
	$(JAVA) -cp $(BENCH_JAR) org.fahras.eval.CleanEvaluation $(DATA) samples/news
	$(JAVA) -cp $(BENCH_JAR) org.fahras.eval.CleanRobustness $(DATA) 300

# Entities: mention-level P/R against NewsFANE Gold (Nation, Politician); document-level P/R on
# our labelled real archive articles, tuning and held-out halves (eval-labels/README.md); the
# archive-level checks over SaudiNewsNet + ANT v2.1 (top officials' wrong-person share, top
# countries' spurious share, from the judged links of eval-labels/, the unjudged ones written to
# target/eval/unjudged-*.tsv; topic coverage); the merges of the name skeleton. The officials'
# name evidence reads the article counts of the ANT archive, as a newsroom's index reads its own.
eval-entities: $(BENCH_JAR) $(EVAL_COUNTS)
	$(JAVA) -cp $(BENCH_JAR) org.fahras.eval.EntityMentionEvaluation $(DATA) --article-counts $(EVAL_COUNTS)
	$(JAVA) -cp $(BENCH_JAR) org.fahras.eval.EntityDocumentEvaluation $(DATA) eval-labels/tuning.tsv eval-labels/heldout.tsv --article-counts $(EVAL_COUNTS)
	$(JAVA) -Xmx2g -cp $(BENCH_JAR) org.fahras.eval.ArchiveEntityChecks $(DATA) --article-counts $(EVAL_COUNTS) --judgements eval-labels --out target/eval --official-sample 5 --country-sample 10
	$(JAVA) -cp $(BENCH_JAR) org.fahras.eval.NameSkeletonEvaluation $(DATA)

# Story folding over SaudiNewsNet + ANT v2.1: near-copies found, exact copies in one story, the
# largest stories, and a sample of 100 stories judged in eval-labels/story-judgements.tsv.
eval-stories: $(BENCH_JAR)
	$(JAVA) -Xmx3g -cp $(BENCH_JAR) org.fahras.eval.StoryEvaluation $(DATA) target/eval/story-sample.tsv eval-labels/story-judgements.tsv 100 7

# Stemmer conflation against treebank lemmas (UD Arabic-PUD, UD Arabic-PADT).
eval-conflation: $(BENCH_JAR) $(EVAL_COUNTS)
	$(JAVA) -cp $(BENCH_JAR) org.fahras.eval.ConflationEvaluation $(DATA) $(EVAL_COUNTS)

clean:
	$(MVN) clean
	rm -rf data
