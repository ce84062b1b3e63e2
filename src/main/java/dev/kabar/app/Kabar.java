package dev.kabar.app;

import dev.kabar.adapter.cli.FeedOpener;
import dev.kabar.adapter.cli.LiveServers;
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
import dev.kabar.bench.FeedRig;
import dev.kabar.brief.Briefer;
import dev.kabar.article.Article;
import dev.kabar.chat.ArticleDesk;
import dev.kabar.chat.AskService;
import dev.kabar.chat.Conversations;
import dev.kabar.chat.FrameRewriter;
import dev.kabar.chat.FrontDoor;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.chat.Reindexer;
import dev.kabar.chat.Webhooks;
import dev.kabar.feed.FeedBook;
import dev.kabar.feed.FeedPoller;
import dev.kabar.feed.SeenItems;
import dev.kabar.feed.Following;
import dev.kabar.feed.rome.RomeFeedParser;
import dev.kabar.ingestion.AddedArticles;
import dev.kabar.ingestion.PassageSplitter;
import dev.kabar.ingestion.extract.AddressPolicy;
import dev.kabar.ingestion.extract.HttpPageFetcher;
import dev.kabar.ingestion.extract.WebArticles;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.IndexReport;
import dev.kabar.retrieval.lucene.Associations;
import dev.kabar.retrieval.lucene.CorpusIndex;
import dev.kabar.retrieval.lucene.LiveIndex;
import dev.kabar.retrieval.solr.SolrCluster;
import dev.kabar.retrieval.SearchIndex;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The composition root: wires the corpus index, Lucene retrieval, the composer and the chat's
 * front door into a {@link Library}, built complete in one expression. Plain constructor code, no
 * logic of its own.
 */
public final class Kabar implements LibraryOpener, ServerLauncher, LiveServers, FeedOpener, FeedRig {

    private final ConfigSource config;
    private final Path home;
    private final Webhooks hooks;

    /** Reads its own configuration, for tests and tools; {@code Main} shares one {@link ConfigSource}. */
    public Kabar(Map<String, String> env, Path home) {
        this(env, home, new Webhooks());
    }

    public Kabar(Map<String, String> env, Path home, Webhooks hooks) {
        this(new ConfigSource(env, home), hooks);
    }

    /** @param hooks inbound webhooks (Telegram's in webhook mode) that the web server routes */
    public Kabar(ConfigSource config, Webhooks hooks) {
        this.config = config;
        this.home = config.home();
        this.hooks = hooks;
    }

    @Override
    public Library open(LibraryRequest request, Consumer<String> progress) {
        StateMigration.run(this.config.settings(request.config()), request.index() != null);
        KabarConfig config = this.config.read(request.config());
        Path corpus = request.corpus() != null ? request.corpus() : config.corpus();
        Path indexRoot = request.index() != null ? request.index() : config.index();
        PassageSplitter splitter = new PassageSplitter(config.passageMinChars(), config.passageMaxChars());
        // articles added at run time live under state.path; an index given with --index keeps its own inside it
        AddedArticles added = new AddedArticles(request.index() == null ? config.state() : indexRoot);
        AliasTable aliases = AliasTable.load(config.aliasFiles().toArray(Path[]::new)).withEnglish(EnglishLexicon.load(config.englishDictionary()));
        Associations standIns = Associations.bundled()
                .withSynonyms(IndonesianThesaurus.load(config.thesaurus(), config.synonymWeight()));
        CorpusIndex files = new CorpusIndex(corpus, config.furniture(), splitter, indexRoot, added)
                .stemmedWith(config.indexStemmer());
        SearchIndex solr = KabarConfig.solrFor(request.backend(), config, this.config.settings(request.config()))
                .map(s -> request.scratch() == null ? SolrCluster.open(s, config.indexStemmer(), aliases, standIns)
                        : SolrCluster.openAfresh(s.named(request.scratch()), config.indexStemmer(), aliases, standIns))
                .orElse(null);
        if (solr instanceof SearchIndex.Builds builds) {
            files = files.buildingInto(builds);
        }
        Optional<IndexReport> built;
        try {
            built = files.refresh(request.forceRebuild(),
                    () -> progress.accept("indexing " + home.relativize(corpus.toAbsolutePath()) + " …"), progress);
        } catch (RuntimeException e) {
            if (solr != null) {
                solr.close();
            }
            throw e;
        }
        built.ifPresent(r -> progress.accept(r.summary()));
        SearchIndex index = solr != null ? solr : LiveIndex.open(indexRoot, aliases, standIns);
        IndexReport report = built.orElseGet(() -> IndexReport.upToDate(index.articles().size(), index.passageCount()));
        CorpusIndex corpusIndex = files;
        Reindexer reindexer = () -> corpusIndex.reindex(index);
        ExtractiveComposer extractive = new ExtractiveComposer(aliases, config.extractive(),
                new ExtractiveComposer.Models(DeclineModel.bundled(), SentenceChooser.bundled()));
        AnswerComposer composer = extractive;
        QueryRewriter rewriter = new FrameRewriter();
        if (config.llm().enabled()) {
            LlmComposer.Models models = LlmComposer.Models.of(config.llm());
            composer = new LlmComposer(config.llm(), models, extractive, new CitationCheck(aliases));
            rewriter = new LlmQueryRewriter(config.llm(), models.chat(), rewriter);
        }
        AskService asker = new AskService(index, composer, config.topK())
                .with(rewriter, new Conversations(Clock.systemUTC(), config.conversations()))
                .withSources(index, config.digests().zone());
        Briefer briefer = new Briefer(index, index, aliases, Briefer.Limits.defaults());
        FrontDoor door = new FrontDoor(asker, briefer, index, config.maxQuestionChars());
        HttpPageFetcher fetcher = ExtractionSetup.fetcher(new AddressPolicy(config.fetchAllowPrivate()), this.config.env());
        ArticleDesk desk = new ArticleDesk(
                new WebPages(new WebArticles(ExtractionSetup.extractor(config.furniture()), fetcher, splitter)),
                new ArticleDesk.Shelf() {
                    @Override
                    public boolean put(Article article) {
                        return corpusIndex.add(index, article);
                    }

                    @Override
                    public boolean remove(String id) {
                        return corpusIndex.remove(index, id);
                    }
                });
        AutoCloseable resources = () -> {
            try (index) {
                fetcher.close();
            }
        };
        return new Library(door, index, reindexer, report, index, index.plain(), resources, desk);
    }

    @Override
    public RunningServer start(Library library, LibraryRequest request, OptionalInt port) {
        KabarConfig settings = config.read(request.config());
        WebSettings web = settings.web();
        if (port.isPresent()) {
            web = web.withPort(port.getAsInt());
        }
        boolean ownsState = request.index() == null;
        WebServer server = WebServer.start(library, web, Clock.systemUTC(), hooks,
                ownsState ? Optional.of(following(request.config())) : Optional.empty());
        // kabar add finds this server here, and goes through it rather than beside it
        ServerFile address = new ServerFile(settings.state());
        // feeds are polled by the server that owns the state: their articles go where kabar add's do
        Optional<FeedPoller> poller = ownsState ? Optional.of(poller(library, settings).start()) : Optional.empty();
        if (ownsState) {
            address.write(server.url());
        }
        return new RunningServer() {
            @Override
            public URI url() {
                return server.url();
            }

            @Override
            public void close() {
                poller.ifPresent(FeedPoller::close);
                if (ownsState) {
                    address.delete(server.url());
                }
                server.close();
            }
        };
    }

    @Override
    public Optional<URI> runningServer(LibraryRequest request) {
        return new ServerFile(config.read(request.config()).state()).read();
    }

    private FeedPoller poller(Library library, KabarConfig c) {
        HttpPageFetcher fetcher = ExtractionSetup.fetcher(new AddressPolicy(c.fetchAllowPrivate()), config.env());
        FeedPoller.Parts parts = new FeedPoller.Parts(new WebFeedSource(fetcher), new RomeFeedParser(),
                new DeskIntake(library.desk()));
        return new FeedPoller(new FeedBook(c.state()), parts, new SeenItems(c.state()), c.feeds(), Clock.systemUTC());
    }

    /** For {@code kabar bench --feeds}: its own library, and fetches allowed to reach the benchmark's loopback site. */
    @Override
    public FeedRig.Rig open(Path state) {
        Library library = open(new LibraryRequest(null, state.resolve("index"), null, false), m -> {});
        KabarConfig c = config.read(null);
        HttpPageFetcher fetcher = ExtractionSetup.fetcher(new AddressPolicy(true), config.env());
        // the item pages are read through a fetcher that may reach loopback too, then kept by the library's desk
        ArticleDesk desk = new ArticleDesk(new WebPages(new WebArticles(ExtractionSetup.extractor(c.furniture()), fetcher,
                new PassageSplitter(c.passageMinChars(), c.passageMaxChars()))), new ArticleDesk.Shelf() {
                    @Override
                    public boolean put(Article article) {
                        return library.desk().put(article).created();
                    }

                    @Override
                    public boolean remove(String id) {
                        return library.desk().remove(id);
                    }
                });
        return new FeedRig.Rig(library, new FeedPoller.Parts(new WebFeedSource(fetcher), new RomeFeedParser(),
                new DeskIntake(desk)));
    }

    @Override
    public Following following(Path configFile) {
        return FeedSetup.following(config.read(configFile), config.env());
    }

    @Override
    public String adminToken() {
        return config.read(null).web().adminToken();
    }
}
