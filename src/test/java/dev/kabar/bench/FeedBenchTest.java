package dev.kabar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.app.Kabar;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar bench --feeds}, small: its rounds run and every new item is taken in. */
class FeedBenchTest {

    @TempDir
    Path state;

    @Test
    void should_poll_unchanged_feeds_and_take_every_new_item_in() throws Exception {
        Kabar kabar = new Kabar(Map.of("KABAR_STATE_PATH", state.toString()), Path.of("").toAbsolutePath());

        FeedBench.Result r = new FeedBench(kabar, m -> {}).run(3, 60);

        assertThat(r.feeds()).isEqualTo(3);
        assertThat(r.taken()).as("two feeds of 50 items: all 100 taken in").isEqualTo(100);
        assertThat(r.unchangedCpuMs()).isPositive();
        assertThat(r.lines()).hasSize(3);
    }
}
