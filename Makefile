# Fahras: `make run` builds, indexes the sample corpus and serves http://localhost:8080;
# `make test` runs every test. Both need a JDK 21 or newer, which this Makefile finds.

SHELL := /bin/bash
PORT ?= 8080
INDEX ?= data/sample-index
CORPUS ?= samples/news
JAR := target/fahras.jar

# A JDK 21+: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
JAVA_HOME := $(shell bin/find-jdk)
ifeq ($(JAVA_HOME),)
$(error No JDK 21 or newer found. Install one, e.g. `apt-get install openjdk-21-jdk-headless` (or Temurin 21+), or set JAVA_HOME to it)
endif
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)
JAVA := $(JAVA_HOME)/bin/java --add-modules jdk.incubator.vector -Dfile.encoding=UTF-8
MVN := mvn -B -q

.PHONY: build run index serve test bench bench-analysis bench-indexing eval eval-retrieval eval-conflation eval-clean eval-entities clean

# Evaluation data (never committed); override with DATA=/path/to/data.
DATA ?= ../shared/data

build: $(JAR)

$(JAR): pom.xml $(shell find src/main -type f 2>/dev/null)
	$(MVN) -DskipTests package

index: $(JAR)
	$(JAVA) -jar $(JAR) index $(CORPUS) --index $(INDEX)

run: index
	$(JAVA) -jar $(JAR) serve --index $(INDEX) --port $(PORT)

test:
	mvn -B --no-transfer-progress test

bench: bench-analysis bench-indexing

# Full-pipeline indexing against plain Lucene with ArabicAnalyzer, same run, real news articles.
ARTICLES ?= 20000
bench-indexing: $(JAR)
	$(JAVA) -Xmx4g -cp $(JAR) org.fahras.bench.IndexingBenchmark $(DATA) $(ARTICLES) target/bench

# JMH: analysis throughput of our chain against Lucene's ArabicAnalyzer in the same run.
bench-analysis: target/test-classpath.txt
	$(JAVA) -cp target/test-classes:target/classes:$$(cat target/test-classpath.txt) org.fahras.bench.AnalysisBenchmark

target/test-classpath.txt: pom.xml $(shell find src -type f 2>/dev/null)
	$(MVN) -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt

eval: eval-retrieval eval-conflation eval-clean

# Retrieval quality per analyser on ARCD, XQuAD, Qur'an QA (+ SaudiNewsNet distractors).
eval-retrieval: $(JAR)
	$(JAVA) -cp $(JAR) org.fahras.eval.RetrievalEvaluation $(DATA)

# Boilerplate stripping: gold line labels, gold HTML bodies, trafilatura snippets, dates, and
# 300 generated pages with real furniture spliced into real article bodies.
eval-clean: $(JAR)
	$(JAVA) -cp $(JAR) org.fahras.eval.CleanEvaluation $(DATA) samples/news
	$(JAVA) -cp $(JAR) org.fahras.eval.CleanRobustness $(DATA) 300

# Entities: mention-level P/R against NewsFANE Gold (Nation, Politician), document-level P/R
# against our hand labels of ANT and SaudiNewsNet articles (eval-labels/, tuning and held-out
# sets), ANT's categories against our topics, and the merges of the name skeleton.
eval-entities: $(JAR)
	$(JAVA) -cp $(JAR) org.fahras.eval.EntityMentionEvaluation $(DATA)
	$(JAVA) -cp $(JAR) org.fahras.eval.EntityDocumentEvaluation $(DATA) eval-labels/entities.tsv
	$(JAVA) -cp $(JAR) org.fahras.eval.EntityDocumentEvaluation $(DATA) eval-labels/entities-heldout.tsv
	$(JAVA) -cp $(JAR) org.fahras.eval.NameSkeletonEvaluation $(DATA)

# Stemmer conflation against treebank lemmas (UD Arabic-PUD, UD Arabic-PADT).
eval-conflation: $(JAR)
	$(JAVA) -cp $(JAR) org.fahras.eval.ConflationEvaluation $(DATA)

clean:
	$(MVN) clean
	rm -rf data
