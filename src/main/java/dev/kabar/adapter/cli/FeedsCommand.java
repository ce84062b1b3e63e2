package dev.kabar.adapter.cli;

import dev.kabar.chat.KabarJson;
import dev.kabar.feed.Feed;
import dev.kabar.feed.FeedJson;
import dev.kabar.feed.Following;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kabar feeds}: the followed feeds, one line each, with how their last poll went. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "List the followed feeds: address, title, last poll and its outcome or error, articles taken in.")
public final class FeedsCommand implements Callable<Integer> {

    private final FeedOpener feeds;
    private final KabarCli.Io io;

    @Option(names = "--json", description = "A JSON array: url, title, lastPoll, lastOutcome, error, articles.")
    boolean json;

    @Option(names = "--opml", description = "The followed feeds as OPML, for another reader.")
    boolean opml;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (default: config/kabar.properties).")
    Path config;

    public FeedsCommand(FeedOpener feeds, KabarCli.Io io) {
        this.feeds = feeds;
        this.io = io;
    }

    @Override
    public Integer call() {
        Following following = feeds.following(config == null ? null : config.toAbsolutePath());
        if (opml) {
            io.out().print(following.opml());
        } else if (json) {
            io.out().println(KabarJson.write(following.feeds().stream().map(FeedJson::of).toList()));
        } else {
            List<Feed> all = following.feeds();
            all.forEach(f -> io.out().println(line(f)));
            io.out().println(all.size() + (all.size() == 1 ? " feed" : " feeds"));
        }
        io.out().flush();
        return KabarCli.OK;
    }

    /** {@code URL  title  polled …: ok: 40 items, 3 new  (12 articles)}, or the error in its place. */
    static String line(Feed f) {
        String title = f.title().isEmpty() ? "-" : AnswerPrinter.abbreviate(f.title(), 50);
        String poll = f.lastPoll().map(t -> "polled " + t + ": " + (f.error().isEmpty() ? f.lastOutcome()
                : "ERROR " + f.error())).orElse("not polled yet");
        return f.url() + "  " + title + "  " + poll + "  (" + f.articles() + (f.articles() == 1 ? " article)" : " articles)");
    }
}
