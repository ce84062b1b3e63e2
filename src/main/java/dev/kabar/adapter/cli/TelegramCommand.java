package dev.kabar.adapter.cli;

import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryOpener;
import dev.kabar.chat.LibraryRequest;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kabar telegram}: runs the Telegram bot (long polling) until stopped with Ctrl-C. */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot with long polling until Ctrl-C.",
            "Needs TELEGRAM_BOT_TOKEN (from @BotFather); TELEGRAM_API_URL and KABAR_PUBLIC_URL are optional.",
            "Webhook mode (telegram.mode=webhook) runs inside kabar serve, on its web server."})
public final class TelegramCommand implements Callable<Integer> {

    private final LibraryOpener opener;
    private final KabarCli.Io io;
    private final BotLauncher launcher;

    @Mixin
    CommonOptions common = new CommonOptions();

    public TelegramCommand(LibraryOpener opener, KabarCli.Io io, BotLauncher launcher) {
        this.opener = opener;
        this.io = io;
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        LibraryRequest request = common.request(false);
        launcher.checkConfigured(request);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped);
        }, "kabar-telegram-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Library library = opener.open(request, io::note)) {
            AutoCloseable bot = launcher.start(library, request);
            try {
                io.note("Telegram bot running; Ctrl-C stops it");
                stop.await();
            } finally {
                bot.close();
            }
        } finally {
            stopped.countDown();
        }
        return KabarCli.OK;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
