package dev.kabar.adapter.cli;

import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kabar serve}: index the corpus if needed, start the web chat and API, and run until
 * interrupted (Ctrl-C or SIGTERM), then stop the server and close the index.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web chat and HTTP API (the main job).",
            "Listens on server.host:server.port (KABAR_HOST / KABAR_PORT, default 127.0.0.1:8080) until interrupted."})
public final class ServeCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final ServerLauncher launcher;
    private final BotLauncher bot;
    private final KabarCli.Io io;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: server.port, 8080; 0 = any free port).")
    Integer port;

    public ServeCommand(LibraryOpener opener, ServerLauncher launcher, KabarCli.Io io) {
        this(opener, launcher, NO_BOT, io);
    }

    /** @param bot started too when {@link BotLauncher#configured} (the Telegram token is set) */
    public ServeCommand(LibraryOpener opener, ServerLauncher launcher, BotLauncher bot, KabarCli.Io io) {
        this.opener = opener;
        this.launcher = launcher;
        this.bot = bot;
        this.io = io;
    }

    private static final BotLauncher NO_BOT = new BotLauncher() {
        @Override
        public void checkConfigured(LibraryRequest request) {
            throw new IllegalStateException("no bot");
        }

        @Override
        public AutoCloseable start(Library library, LibraryRequest request) {
            throw new IllegalStateException("no bot");
        }
    };

    @Override
    public Integer call() {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, was " + port);
        }
        LibraryRequest request = common.request(false);
        Library library = opener.open(request, io::note);
        RunningServer server;
        try {
            server = launcher.start(library, request, port == null ? OptionalInt.empty() : OptionalInt.of(port));
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
        io.out().println("kabar: serving " + library.report().articles() + " articles at " + server.url()
                + " (Ctrl-C stops)");
        io.out().flush();
        BotHandle telegram = new BotHandle();
        if (bot.configured(request)) {
            // the bot may take a while to reach the Bot API; the web chat does not wait for it
            Thread.ofPlatform().name("kabar-telegram-start").daemon().start(() -> telegram.start(bot, library, request));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop(server, telegram, library);
            stopped.countDown();
        }, "kabar-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(server, telegram, library);
            Thread.currentThread().interrupt();
        }
        return KabarCli.OK;
    }

    /** The bot started in the background, if it started; closing stops it. */
    private final class BotHandle {
        private AutoCloseable running;
        private boolean closed;

        synchronized void start(BotLauncher launcher, Library library, LibraryRequest request) {
            if (closed) {
                return;
            }
            try {
                running = launcher.start(library, request);
                io.out().println("kabar: Telegram bot started (TELEGRAM_BOT_TOKEN is set)");
                io.out().flush();
            } catch (RuntimeException e) {
                io.err().println("kabar: the Telegram bot did not start: " + e.getMessage());
                io.err().flush();
            }
        }

        synchronized void close() throws Exception {
            closed = true;
            if (running != null) {
                running.close();
            }
        }
    }

    private void stop(RunningServer server, BotHandle telegram, Library library) {
        try {
            telegram.close();
        } catch (Exception e) {
            io.err().println("kabar: the Telegram bot did not stop cleanly: " + e.getMessage());
        }
        try {
            server.close();
        } finally {
            library.close();
        }
        io.err().println("kabar: stopped");
        io.err().flush();
    }
}
