package dev.kabar.app;

import dev.kabar.adapter.web.HostAllowList;
import dev.kabar.adapter.web.TrustedProxies;
import dev.kabar.adapter.web.WebSettings;
import dev.kabar.answer.extractive.ExtractiveSettings;
import dev.kabar.answer.llm.LlmSettings;
import dev.kabar.chat.Conversations;
import dev.kabar.chat.LibraryRequest;
import dev.kabar.digest.DigestSettings;
import dev.kabar.feed.FeedPoller;
import dev.kabar.retrieval.lucene.IndexStemmer;
import dev.kabar.retrieval.solr.SolrCluster;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The typed configuration, read and validated once from {@link Settings} by {@link ConfigSource};
 * the Telegram part is checked only when a bot starts.
 */
record KabarConfig(
        Path corpus,
        Path index,
        Path furniture,
        int passageMinChars,
        int passageMaxChars,
        Path aliases,
        Path corpusAliases,
        Path englishDictionary,
        IndexStemmer indexStemmer,
        Optional<SolrCluster.Settings> solr,
        Path thesaurus,
        double synonymWeight,
        int topK,
        int maxQuestionChars,
        ExtractiveSettings extractive,
        LlmSettings llm,
        Conversations.Limits conversations,
        WebSettings web,
        TelegramConfig telegram,
        Path state,
        boolean fetchAllowPrivate,
        FeedPoller.Settings feeds,
        DigestSettings digests) {

    /** The alias tables to read, in order: the general one, then the corpus's own when there is one. */
    List<Path> aliasFiles() {
        return corpusAliases == null || !Files.isRegularFile(corpusAliases) ? List.of(aliases)
                : List.of(aliases, corpusAliases);
    }

    static KabarConfig from(Settings s) {
        ExtractiveSettings d = ExtractiveSettings.defaults();
        ExtractiveSettings extractive = new ExtractiveSettings(
                s.getInt("answer.max-sentences", 1, 10),
                s.getInt("answer.max-chars", 120, 4000),
                s.getInt("answer.passages-considered", 1, 50),
                d.minSentenceChars(),
                s.getDouble("answer.min-coverage", 0, 1),
                s.getDouble("answer.min-content-coverage", 0, 1),
                s.getDouble("answer.merge-similarity", 0, 1),
                d.minSecondGain(),
                s.getInt("answer.context-sentences", 0, 10),
                d.weights(),
                s.getBoolean("answer.sentence-model"));
        return new KabarConfig(
                s.getPath("corpus.path"),
                StateDirectory.from(s).index(),
                s.getPath("ingestion.furniture"),
                s.getInt("ingestion.passage.min-chars", 0, 100_000),
                s.getInt("ingestion.passage.max-chars", 1, 100_000),
                s.getPath("retrieval.aliases"),
                s.get("retrieval.corpus-aliases").isBlank() ? null : s.getPath("retrieval.corpus-aliases"),
                s.getPath("lexicon.eng-ind"),
                indexStemmer(s),
                solr(s),
                s.getPath("lexicon.thesaurus"),
                s.getDouble("retrieval.synonym-weight", 0, 1),
                s.getInt("retrieval.top-k", 1, 100),
                s.getInt("question.max-chars", 1, 1_000_000),
                extractive,
                llm(s),
                new Conversations.Limits(s.getInt("conversation.max-conversations", 1, 1_000_000),
                        s.getInt("conversation.max-turns", 1, 100), s.getDuration("conversation.ttl")),
                web(s),
                TelegramConfig.from(s),
                StateDirectory.from(s).root(),
                s.getBoolean("fetch.allow-private"),
                feeds(s),
                digests(s));
    }

    /** Digests to Telegram subscribers: how often, and in which time zone their dates are read. */
    private static DigestSettings digests(Settings s) {
        try {
            return new DigestSettings(s.getDuration("digest.interval"), ZoneId.of(s.get("digest.zone")));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new ConfigException("digest configuration: " + e.getMessage()
                    + " (digest.interval like 24h, at least 1s; digest.zone like Asia/Jakarta)", e);
        }
    }

    /** Polling of followed feeds; a feed poll shares a host with at most one other at a time. */
    private static FeedPoller.Settings feeds(Settings s) {
        try {
            return new FeedPoller.Settings(s.getDuration("feeds.poll-interval"),
                    s.getInt("feeds.max-new-per-poll", 1, 100_000), s.getDuration("feeds.retention"), 2);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage() + " (KABAR_FEEDS_POLL_INTERVAL, KABAR_FEEDS_RETENTION)", e);
        }
    }

    /**
     * The admin token ({@code POST /api/articles}) comes only from the environment, {@code KABAR_ADMIN_TOKEN}.
     * {@code KABAR_HOST} and {@code KABAR_PORT} (what the Docker image and most hosts set) win over
     * {@code server.host} / {@code server.port} and their own {@code KABAR_SERVER_*} overrides.
     */
    private static WebSettings web(Settings s) {
        String host = s.env("KABAR_HOST").isEmpty() ? s.get("server.host") : s.env("KABAR_HOST");
        int port;
        if (s.env("KABAR_PORT").isEmpty()) {
            port = s.getInt("server.port", 0, 65_535);
        } else {
            try {
                port = Integer.parseInt(s.env("KABAR_PORT"));
            } catch (NumberFormatException e) {
                throw new ConfigException("KABAR_PORT must be a port number, was '" + s.env("KABAR_PORT") + "'", e);
            }
        }
        try {
            String hosts = s.get("server.allowed-hosts");
            return new WebSettings(host, port, s.getInt("web.rate-limit.per-minute", 0, 1_000_000),
                    hosts.isBlank() ? HostAllowList.defaultFor(host, s.env("KABAR_PUBLIC_URL")) : HostAllowList.parse(hosts),
                    TrustedProxies.parse(s.get("server.trusted-proxies")), s.env("KABAR_ADMIN_TOKEN").strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("server configuration: " + e.getMessage(), e);
        }
    }

    /** The SolrCloud cluster when {@code retrieval.backend} is {@code solr}; empty for the embedded index. */
    private static Optional<SolrCluster.Settings> solr(Settings s) {
        String backend = s.get("retrieval.backend").strip().toLowerCase(Locale.ROOT);
        switch (backend) {
            case "lucene":
                return Optional.empty();
            case "solr":
                return Optional.of(cluster(s));
            default:
                throw new ConfigException("retrieval.backend must be lucene or solr, was '" + backend + "' (KABAR_RETRIEVAL_BACKEND)");
        }
    }

    /**
     * The Solr cluster a request asks for: the configured backend's, none for the embedded index, or
     * the {@code solr.*} keys' cluster even where {@code retrieval.backend} is {@code lucene}.
     */
    static Optional<SolrCluster.Settings> solrFor(LibraryRequest.Backend backend, KabarConfig config, Settings s) {
        return switch (backend) {
            case CONFIGURED -> config.solr();
            case LUCENE -> Optional.empty();
            case SOLR -> Optional.of(config.solr().orElseGet(() -> cluster(s)));
        };
    }

    private static SolrCluster.Settings cluster(Settings s) {
        try {
            return new SolrCluster.Settings(SolrCluster.Settings.urls(s.get("solr.urls")),
                    s.get("solr.zk-hosts").strip(), s.get("solr.collection").strip(),
                    s.getInt("solr.shards", 1, 1_000), s.getInt("solr.replicas", 1, 100));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    private static IndexStemmer indexStemmer(Settings s) {
        try {
            IndexStemmer stemmer = IndexStemmer.of(s.get("index.stemmer"));
            stemmer.check();
            return stemmer;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigException("index.stemmer: " + e.getMessage(), e);
        }
    }

    /** The API key comes only from the environment: {@code KABAR_LLM_API_KEY}, else {@code OPENAI_API_KEY}. */
    private static LlmSettings llm(Settings s) {
        String key = s.env("KABAR_LLM_API_KEY");
        try {
            return new LlmSettings(LlmSettings.Provider.of(s.get("llm.provider")), s.get("llm.base-url"),
                    s.get("llm.model"), key.isEmpty() ? s.env("OPENAI_API_KEY") : key, s.getDuration("llm.timeout"),
                    s.getInt("llm.max-retries", 0, 10), s.getDuration("llm.retry-backoff"),
                    s.getDouble("llm.temperature", 0, 2));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("llm configuration: " + e.getMessage(), e);
        }
    }
}
