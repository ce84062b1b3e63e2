/**
 * {@code kabar bench}: indexing throughput and warm ask, search and briefing latency on any corpus
 * ({@link dev.kabar.bench.Bench}), with questions drawn from the corpus itself, a corpus replicated
 * to a million passages ({@code ScaledCorpus}), and the process's CPU time and peak memory; the
 * report as a table or JSON records ({@link dev.kabar.bench.BenchReport}); the feed poller against a
 * loopback site ({@link dev.kabar.bench.FeedBench}). May import {@code chat}, {@code brief},
 * {@code article}, {@code feed}, {@code retrieval} ports, {@code text} and Jackson (to read JSONL
 * corpora and describe the JSON shape); never Lucene, picocli or an adapter.
 */
package dev.kabar.bench;
