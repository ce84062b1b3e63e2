package dev.kabar.adapter.cli;

import dev.kabar.feed.FeedException;
import dev.kabar.feed.Followed;
import dev.kabar.feed.Following;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kabar follow URL} or {@code kabar follow --opml FILE}: follow feeds; a running server polls them. */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"Follow a feed (RSS, Atom, RDF), or the feed a site's page names, or every feed of an OPML list.",
            "kabar serve polls followed feeds and adds their new articles. A feed whose first fetch fails is",
            "followed all the same (and the failure said): kabar keeps trying."})
public final class FollowCommand implements Callable<Integer> {

    private final FeedOpener feeds;
    private final KabarCli.Io io;

    static final class Source {
        @Parameters(paramLabel = "URL", description = "A feed's address, or a page that names its feeds.")
        String url;

        @Option(names = "--opml", paramLabel = "FILE", description = "Follow every feed of this OPML file.")
        Path opml;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (default: config/kabar.properties).")
    Path config;

    public FollowCommand(FeedOpener feeds, KabarCli.Io io) {
        this.feeds = feeds;
        this.io = io;
    }

    @Override
    public Integer call() {
        Following following = feeds.following(config == null ? null : config.toAbsolutePath());
        try {
            List<Followed> done = source.opml != null ? following.importOpml(opml(source.opml), source.opml.toString())
                    : List.of(following.follow(source.url));
            done.forEach(f -> (f.problem().isEmpty() ? io.out() : io.err()).println(
                    (f.problem().isEmpty() ? "" : "kabar: ") + f.describe()));
            io.out().flush();
            io.err().flush();
            return KabarCli.OK;
        } catch (FeedException e) {
            io.err().println("kabar: " + e.getMessage());
            io.err().flush();
            return KabarCli.USAGE;
        }
    }

    private static byte[] opml(Path file) throws FeedException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FeedException("cannot read the OPML file " + file + ": " + e.getMessage(), e);
        }
    }
}
