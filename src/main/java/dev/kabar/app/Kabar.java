package dev.kabar.app;

import dev.kabar.adapter.cli.RunningServer;
import dev.kabar.adapter.cli.ServerLauncher;
import dev.kabar.adapter.web.WebServer;
import dev.kabar.adapter.web.WebSettings;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.answer.QueryRewriter;
import dev.kabar.answer.check.CitationCheck;
import dev.kabar.answer.decline.DeclineModel;
import dev.kabar.answer.extractive.ExtractiveComposer;
import dev.kabar.answer.extractive.SentenceChooser;
import dev.kabar.answer.llm.LlmComposer;
import dev.kabar.answer.llm.LlmQueryRewriter;
import dev.kabar.brief.Briefer;
import dev.kabar.chat.AskService;
import dev.kabar.chat.Conversations;
import dev.kabar.chat.FrameRewriter;
import dev.kabar.chat.IndexReport;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Reindexer;
import dev.kabar.chat.Webhooks;
import dev.kabar.ingestion.ArticleStream;
import dev.kabar.ingestion.CorpusReader;
import dev.kabar.ingestion.FurnitureRules;
import dev.kabar.ingestion.IngestionReport;
import dev.kabar.ingestion.PassageSplitter;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.lucene.Associations;
import dev.kabar.retrieval.lucene.BuildReport;
import dev.kabar.retrieval.lucene.LuceneIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The composition root: reads configuration, keeps the index current, and wires ingestion, Lucene
 * retrieval and the composer into a {@link Library}. Plain constructor code, no logic of its own
 * beyond deciding whether to re-index.
 */
public final class Kabar implements LibraryOpener, ServerLauncher {

    private final Map<String, String> env;
    private final Path home;
    private final Webhooks hooks;

    public Kabar(Map<String, String> env, Path home) {
        this(env, home, new Webhooks());
    }

    /** @param hooks inbound webhooks (Telegram's in webhook mode) that the web server routes */
    public Kabar(Map<String, String> env, Path home, Webhooks hooks) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.hooks = hooks;
    }

    @Override
    public Library open(LibraryRequest request, Consumer<String> progress) {
        KabarConfig config = KabarConfig.from(Settings.load(request.config(), env, home));
        Path corpus = request.corpus() != null ? request.corpus() : config.corpus();
        Path indexRoot = request.index() != null ? request.index() : config.index();
        FurnitureRules rules = FurnitureRules.load(config.furniture());
        PassageSplitter splitter = new PassageSplitter(config.passageMinChars(), config.passageMaxChars());
        CorpusReader reader = new CorpusReader(rules, splitter);
        Supplier<IndexReport> rebuild = () -> build(reader, corpus, indexRoot, stamp(corpus, config, splitter));

        String stamp = stamp(corpus, config, splitter);
        IndexReport report;
        if (request.forceRebuild() || !LuceneIndexes.isCurrent(indexRoot, stamp)) {
            progress.accept("indexing " + home.relativize(corpus.toAbsolutePath()) + " …");
            report = build(reader, corpus, indexRoot, stamp);
            progress.accept(report.summary());
        } else {
            report = null;
        }
        AliasTable aliases = AliasTable.load(config.aliases());
        Associations standIns = Associations.bundled();
        LiveIndex index = new LiveIndex(LuceneIndexes.open(indexRoot, aliases, standIns));
        if (report == null) {
            report = new IndexReport(false, index.articles().size(), index.passageCount(), 0, java.util.List.of(), 0);
        }
        Reindexer reindexer = new CorpusReindexer(rebuild, () -> LuceneIndexes.open(indexRoot, aliases, standIns), index);
        ExtractiveComposer extractive = new ExtractiveComposer(aliases, config.extractive(),
                new ExtractiveComposer.Models(DeclineModel.bundled(), SentenceChooser.bundled()));
        AnswerComposer composer = extractive;
        QueryRewriter rewriter = new FrameRewriter();
        if (config.llm().enabled()) {
            LlmComposer.Models models = LlmComposer.Models.of(config.llm());
            composer = new LlmComposer(config.llm(), models, extractive, new CitationCheck(aliases));
            rewriter = new LlmQueryRewriter(config.llm(), models.chat(), rewriter);
        }
        AskService asker = new AskService(index, composer, config.topK(), config.maxQuestionChars())
                .with(rewriter, new Conversations(java.time.Clock.systemUTC(), config.conversations()));
        Briefer briefer = new Briefer(index, index, aliases, Briefer.Limits.defaults(config.maxQuestionChars()));
        return new Library(new Library.Parts(asker, index, index.plain(), index), briefer, report, index).reindexable(reindexer);
    }

    @Override
    public RunningServer start(Library library, LibraryRequest request, OptionalInt port) {
        WebSettings web = KabarConfig.from(Settings.load(request.config(), env, home)).web();
        if (port.isPresent()) {
            web = web.withPort(port.getAsInt());
        }
        WebServer server = WebServer.start(library, web, java.time.Clock.systemUTC(), hooks);
        return new RunningServer() {
            @Override
            public URI url() {
                return server.url();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    private static IndexReport build(CorpusReader reader, Path corpus, Path indexRoot, String stamp) {
        long t0 = System.nanoTime();
        BuildReport built;
        IngestionReport ingested;
        try (ArticleStream articles = new ArticleStream(reader, corpus)) {
            built = LuceneIndexes.build(indexRoot, stamp, articles);
            ingested = articles.report();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new IndexReport(true, built.articles(), (int) built.passages(), ingested.furnitureLinesRemoved(),
                ingested.rejected().stream().map(r -> r.source() + ": " + r.reason()).toList(), millis);
    }

    private String stamp(Path corpus, KabarConfig config, PassageSplitter splitter) {
        return Stamp.of(CorpusReader.fingerprint(corpus), fileText(config.furniture()),
                splitter.minChars() + "/" + splitter.maxChars());
    }

    private static String fileText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
