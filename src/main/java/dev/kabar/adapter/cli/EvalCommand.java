package dev.kabar.adapter.cli;

import dev.kabar.bench.TempTree;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.eval.Bm25Baseline;
import dev.kabar.eval.BriefingEvaluation;
import dev.kabar.eval.BriefingReport;
import dev.kabar.eval.CorpusWriter;
import dev.kabar.eval.DatasetException;
import dev.kabar.eval.Datasets;
import dev.kabar.eval.EvalReport;
import dev.kabar.eval.Evaluation;
import dev.kabar.eval.KabarSystem;
import dev.kabar.eval.ProgressBar;
import dev.kabar.eval.QaDataset;
import dev.kabar.eval.QaSystem;
import dev.kabar.eval.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kabar eval}: builds a corpus from a reading-comprehension dataset's paragraphs (plus
 * distractors), asks every question the way a user would, and reports retrieval, answer, refusal and
 * speed figures — optionally next to plain BM25 measured in the same run.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Answer-quality and retrieval metrics on a SQuAD 2.0 .json or FacQA .csv dataset.",
            "Every distinct paragraph becomes an article; each question goes through the normal ask path.",
            "With --briefings instead: briefings on a corpus of any news, checked by invariants."})
final class EvalCommand implements Callable<Integer> {

    /** On Solr the evaluation builds its own collection, {@code <solr.collection>_eval}, afresh each run. */
    static final String SCRATCH = "eval";

    private final LibraryOpener opener;
    private final KabarCli.Io io;

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "SQuAD 2.0 JSON (official or bare list of {context, qas}) or FacQA CSV.")
    Path dataset;

    @Option(names = "--datasets-root", paramLabel = "DIR", defaultValue = "../shared/datasets",
            description = "Where a question set's \"contextRef\" files live (default: ${DEFAULT-VALUE}).")
    Path datasetsRoot;

    @Option(names = "--briefings", paramLabel = "PATH",
            description = "Instead of --dataset: a corpus (.jsonl, IndoSum's included, or a folder of .txt); one topic"
                    + " briefing per article (--limit: the first N by id), each checked by the briefing invariants.")
    Path briefings;

    @Option(names = "--distractors", paramLabel = "PATH",
            description = "Extra articles: a dataset file (its questions ignored), a .jsonl file or a folder of .txt/.jsonl.")
    Path distractors;

    @Option(names = "--baseline", description = "Also measure plain BM25 with a best-sentence answer, in the same run.")
    boolean baseline;

    @Option(names = "--limit", paramLabel = "N", description = "Ask only the first N questions (the corpus keeps all paragraphs).")
    Integer limit;

    @Option(names = "--show-failures", paramLabel = "N", defaultValue = "0",
            description = "Print up to N wrong answers or declines (question, gold, answer, reason).")
    int showFailures;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: a temporary one, deleted afterwards).")
    Path index;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (default: config/kabar.properties).")
    Path config;

    EvalCommand(LibraryOpener opener, KabarCli.Io io) {
        this.opener = opener;
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (limit != null && limit < 1 || showFailures < 0) {
            throw new IllegalArgumentException("--limit must be >= 1 and --show-failures >= 0");
        }
        if ((dataset == null) == (briefings == null)) {
            throw new IllegalArgumentException("give either --dataset FILE (questions) or --briefings PATH (a corpus)");
        }
        if (briefings != null) {
            return briefings();
        }
        QaDataset data = Datasets.read(dataset.toAbsolutePath().normalize(), datasetsRoot);
        data = limit == null ? data : data.limit(limit);
        if (!data.skipped().isEmpty()) {
            io.err().println("kabar: " + data.skipped().size() + " skipped, first: " + data.skipped().get(0));
            io.err().flush();
        }
        if (data.items().isEmpty()) {
            throw new DatasetException("no usable questions in " + dataset + " (" + data.skipped().size()
                    + " skipped) — check that it is SQuAD 2.0 JSON or FacQA CSV");
        }
        Path corpus = Files.createTempDirectory("kabar-eval-corpus-");
        Path indexDir = index != null ? index.toAbsolutePath().normalize() : Files.createTempDirectory("kabar-eval-index-");
        try {
            CorpusWriter writer = new CorpusWriter(corpus);
            writer.writeDataset(data);
            if (distractors != null) {
                writer.addDistractors(distractors.toAbsolutePath().normalize());
            }
            evaluate(data, writer.stats(), corpus, indexDir);
        } finally {
            TempTree.delete(corpus);
            if (index == null) {
                TempTree.delete(indexDir);
            }
        }
        return KabarCli.OK;
    }

    private int briefings() throws IOException {
        Path corpus = briefings.toAbsolutePath().normalize();
        if (!Files.exists(corpus)) {
            throw new DatasetException("no corpus at " + briefings + " — give a .jsonl file or a folder of .txt articles");
        }
        Path indexDir = index != null ? index.toAbsolutePath().normalize() : Files.createTempDirectory("kabar-eval-index-");
        LibraryRequest request = new LibraryRequest(corpus, indexDir,
                config == null ? null : config.toAbsolutePath().normalize(), false).on(LibraryRequest.Backend.CONFIGURED, SCRATCH);
        try (Library library = opener.open(request, io::note)) {
            BriefingEvaluation.Result r = BriefingEvaluation.run(library, limit,
                    new ProgressBar(io.err(), BriefingEvaluation.count(library, limit)));
            String failures = BriefingReport.violations(r.tally(), showFailures);
            if (json) {
                io.err().print(failures);
                io.out().println(BriefingReport.json(briefings.toString(), r).toString());
            } else {
                io.out().print(failures.isEmpty() ? "" : failures + System.lineSeparator());
                io.out().print(BriefingReport.table(briefings.toString(), r));
            }
            io.err().flush();
            io.out().flush();
        } finally {
            if (index == null) {
                TempTree.delete(indexDir);
            }
        }
        return KabarCli.OK;
    }

    private void evaluate(QaDataset data, CorpusWriter.Stats stats, Path corpus, Path indexDir) {
        LibraryRequest request = new LibraryRequest(corpus, indexDir,
                config == null ? null : config.toAbsolutePath().normalize(), false).on(LibraryRequest.Backend.CONFIGURED, SCRATCH);
        try (Library library = opener.open(request, io::note)) {
            List<QaSystem> systems = new ArrayList<>(List.of(new KabarSystem(library)));
            if (baseline) {
                systems.add(new Bm25Baseline(library));
            }
            Evaluation.Result result = new Evaluation(systems, showFailures)
                    .run(data, new ProgressBar(io.err(), data.items().size()));
            RunInfo info = new RunInfo(dataset.toString(), data.skipped().size(), stats, library.report());
            print(info, result);
        }
    }

    private void print(RunInfo info, Evaluation.Result result) {
        String failures = EvalReport.failures(result.failures());
        if (json) {
            io.err().print(failures);
            io.out().println(EvalReport.json(info, result).toString());
        } else {
            io.out().print(failures.isEmpty() ? "" : failures + System.lineSeparator());
            io.out().print(EvalReport.table(info, result));
        }
        io.err().flush();
        io.out().flush();
    }
}
