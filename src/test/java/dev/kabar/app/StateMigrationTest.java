package dev.kabar.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kabar.chat.Library;
import dev.kabar.chat.LibraryRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The one-time move of {@code data/index} and {@code data/telegram-offset} into the state directory. */
class StateMigrationTest {

    @TempDir
    Path home;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger log = (Logger) LoggerFactory.getLogger(StateMigration.class);
    private Level level;

    @BeforeEach
    void capture() {
        level = log.getLevel();
        log.setLevel(Level.INFO);
        log.setAdditive(false); // the lines this test provokes stay out of the build output
        logs.start();
        log.addAppender(logs);
    }

    @AfterEach
    void release() {
        log.detachAppender(logs);
        log.setAdditive(true);
        log.setLevel(level);
    }

    private void oldLayout() throws IOException {
        Files.createDirectories(home.resolve("data/index/gen-1"));
        Files.writeString(home.resolve("data/index/CURRENT"), "gen-1\n");
        Files.writeString(home.resolve("data/telegram-offset"), "4242\n");
    }

    private List<String> lines(Level at) {
        return logs.list.stream().filter(e -> e.getLevel() == at).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void should_move_the_old_index_and_offset_once_and_log_each_move() throws IOException {
        oldLayout();

        StateMigration.run(Settings.load(null, Map.of(), home), false);

        Path state = home.resolve("data/state");
        assertThat(state.resolve("index/gen-1")).isDirectory();
        assertThat(state.resolve("index/CURRENT")).hasContent("gen-1");
        assertThat(state.resolve("telegram-offset")).hasContent("4242");
        assertThat(home.resolve("data/index")).doesNotExist();
        assertThat(home.resolve("data/telegram-offset")).doesNotExist();
        assertThat(lines(Level.INFO)).hasSize(2).anySatisfy(line -> assertThat(line)
                .contains(home.resolve("data/index").toString()).contains(state.resolve("index").toString()))
                .anySatisfy(line -> assertThat(line).contains(home.resolve("data/telegram-offset").toString())
                        .contains(state.resolve("telegram-offset").toString()));

        StateMigration.run(Settings.load(null, Map.of(), home), false);

        assertThat(logs.list).as("the second start finds nothing to move").hasSize(2);
        assertThat(state.resolve("index/CURRENT")).hasContent("gen-1");
    }

    @Test
    void should_move_into_the_state_directory_kabar_state_path_names() throws IOException {
        oldLayout();
        Path elsewhere = home.resolve("volume/state");

        StateMigration.run(Settings.load(null, Map.of("KABAR_STATE_PATH", elsewhere.toString()), home), false);

        assertThat(elsewhere.resolve("index/CURRENT")).hasContent("gen-1");
        assertThat(elsewhere.resolve("telegram-offset")).hasContent("4242");
    }

    @Test
    void should_leave_configured_paths_where_they_are() throws IOException {
        oldLayout();
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/kabar.properties"),
                "index.path=data/index\ntelegram.state-file=data/telegram-offset\n");

        StateMigration.run(Settings.load(null, Map.of(), home), false);

        assertThat(home.resolve("data/index/CURRENT")).hasContent("gen-1");
        assertThat(home.resolve("data/telegram-offset")).hasContent("4242");
        assertThat(home.resolve("data/state")).doesNotExist();
        assertThat(logs.list).isEmpty();
    }

    @Test
    void should_leave_the_old_index_alone_when_the_command_names_its_index() throws IOException {
        oldLayout();

        StateMigration.run(Settings.load(null, Map.of(), home), true);

        assertThat(home.resolve("data/index/CURRENT")).hasContent("gen-1");
        assertThat(home.resolve("data/state/telegram-offset")).as("the offset still moves").hasContent("4242");
        assertThat(lines(Level.INFO)).hasSize(1);
    }

    @Test
    void should_log_one_line_and_go_on_when_a_move_fails() throws IOException {
        oldLayout();
        Files.writeString(home.resolve("data/state"), "a file where the state directory should be\n");

        StateMigration.run(Settings.load(null, Map.of(), home), false);

        assertThat(home.resolve("data/index/CURRENT")).hasContent("gen-1");
        assertThat(home.resolve("data/telegram-offset")).hasContent("4242");
        assertThat(lines(Level.WARN)).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("\n")
                .contains(home.resolve("data/state").toString()));
        assertThat(lines(Level.WARN).get(0)).contains("a new index will be built there");
    }

    @Test
    void should_open_the_moved_index_without_rebuilding_it() {
        Path repo = Path.of("").toAbsolutePath();
        Map<String, String> env = Map.of("KABAR_CORPUS_PATH", repo.resolve("data/articles").toString(),
                "KABAR_INGESTION_FURNITURE", repo.resolve("config/furniture.txt").toString(),
                "KABAR_RETRIEVAL_ALIASES", repo.resolve("config/aliases.txt").toString());
        Kabar kabar = new Kabar(env, home);
        try (Library old = kabar.open(new LibraryRequest(null, home.resolve("data/index"), null, false), m -> {})) {
            assertThat(old.report().rebuilt()).isTrue();
        }

        try (Library moved = kabar.open(new LibraryRequest(null, null, null, false), m -> {})) {
            assertThat(moved.report().rebuilt()).as("the moved index is current").isFalse();
            assertThat(moved.store().articles()).isNotEmpty();
        }

        assertThat(home.resolve("data/index")).doesNotExist();
        assertThat(home.resolve("data/state/index")).isDirectory();
        assertThat(lines(Level.INFO)).hasSize(1);
    }
}
