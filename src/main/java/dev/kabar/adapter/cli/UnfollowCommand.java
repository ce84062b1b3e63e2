package dev.kabar.adapter.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kabar unfollow URL}: stop polling a feed; the articles already taken in stay. */
@Command(name = "unfollow", mixinStandardHelpOptions = true,
        description = "Stop following a feed (as kabar feeds lists it). Its articles already added stay.")
public final class UnfollowCommand implements Callable<Integer> {

    private final FeedOpener feeds;
    private final KabarCli.Io io;

    @Parameters(paramLabel = "URL", description = "The feed's address, as kabar feeds lists it.")
    String url;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (default: config/kabar.properties).")
    Path config;

    public UnfollowCommand(FeedOpener feeds, KabarCli.Io io) {
        this.feeds = feeds;
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!feeds.following(config == null ? null : config.toAbsolutePath()).unfollow(url)) {
            io.err().println("kabar: not following " + url.strip() + " — see kabar feeds for the followed addresses");
            io.err().flush();
            return KabarCli.USAGE;
        }
        io.out().println("unfollowed " + url.strip());
        io.out().flush();
        return KabarCli.OK;
    }
}
