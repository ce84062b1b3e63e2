package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import dev.kabar.app.Kabar;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The bot token never reaches the logs: a full bot run at DEBUG against the fake Bot API, through
 * its error paths (401 on getMe, on sendMessage and on getUpdates, 429, an outage), with every log
 * line and stack trace captured as logback would write it.
 */
class TelegramLogSecrecyTest {

    private static final String TOKEN = "424242:AAH-very_secret-token";

    @TempDir
    Path tmp;

    @Test
    void should_keep_the_token_out_of_every_log_line_and_error_message() throws Exception {
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Level rootLevel = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel();
        Level kabarLevel = context.getLogger("dev.kabar").getLevel();
        Capture appender = capture(logs);
        Updates updates = new Updates();
        String failure;
        try (Library library = new Kabar(Map.of(), Path.of("").toAbsolutePath())
                        .open(new LibraryRequest(null, tmp.resolve("index"), null, false), m -> {});
                FakeBotApi api = new FakeBotApi()) {
            TelegramSettings settings = new TelegramSettings(TOKEN, api.url(), tmp.resolve("offset"), 1000, Set.of(),
                    Set.of(), "", Duration.ZERO);
            api.refuseNext("getMe", 1, 401);
            failure = catchThrowable(() -> TelegramBot.connect(library, settings, Clock.systemUTC())).getMessage();
            try (TelegramBot bot = TelegramBot.connect(library, settings, Clock.systemUTC())
                    .backoff(new Poller.Backoff(Duration.ofMillis(20), Duration.ofMillis(200)))) {
                bot.startPolling();
                api.refuseNext("sendMessage", 1, 401);
                api.enqueue(updates.text(1, "/help"));
                api.awaitSent(1, 2); // the refused reply, then the apology
                settle(api);
                api.failNext("sendMessage", 1, 1);
                api.enqueue(updates.text(2, "/sources"));
                api.awaitSent(2, 2);
                settle(api);
                api.refuseNext("getUpdates", 2, 401);
                api.enqueue(updates.text(3, "/stats"));
                api.awaitSent(3, 1);
                settle(api);
                api.goDown();
                api.enqueue(updates.text(4, "/help"));
                appender.await("getUpdates failed", Duration.ofSeconds(10)); // the outage was noticed
                int polls = api.polls().size();
                api.comeBack();
                api.awaitSent(4, 1);
                api.awaitPolls(polls + 1, Duration.ofSeconds(10));
            }
        } finally {
            release(appender, rootLevel, kabarLevel);
        }
        String text = logs.toString(StandardCharsets.UTF_8);

        assertThat(failure).contains("401").doesNotContain(TOKEN);
        assertThat(text).contains("update").contains("getUpdates failed").contains("401");
        assertThat(text).doesNotContain(TOKEN).doesNotContain("very_secret");
    }

    /** Waits for the next poll: the bot has finished the update in hand, so the next fault hits the next one. */
    private static void settle(FakeBotApi api) throws InterruptedException {
        api.awaitPolls(api.polls().size() + 1, Duration.ofSeconds(10));
    }

    /** Writes like logback's console appender would, and lets the test wait for a line. */
    private static final class Capture extends OutputStreamAppender<ILoggingEvent> {
        private final ByteArrayOutputStream out;

        Capture(ByteArrayOutputStream out) {
            this.out = out;
        }

        @Override
        protected void append(ILoggingEvent event) {
            super.append(event);
            synchronized (this) {
                notifyAll();
            }
        }

        synchronized void await(String text, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
                long left = deadline - System.nanoTime();
                assertThat(left).as("log line containing '%s'", text).isPositive();
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private static Capture capture(ByteArrayOutputStream out) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger - %msg%n%ex{full}");
        encoder.start();
        Capture appender = new Capture(out);
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        context.getLogger("dev.kabar").setLevel(Level.DEBUG);
        return appender;
    }

    private static void release(OutputStreamAppender<ILoggingEvent> appender, Level rootLevel, Level kabarLevel) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        context.getLogger("dev.kabar").setLevel(kabarLevel);
        appender.stop();
        SLF4JBridgeHandler.uninstall();
    }
}
