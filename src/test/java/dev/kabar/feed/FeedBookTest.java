package dev.kabar.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedBookTest {

    @TempDir
    Path state;

    @Test
    void should_keep_feeds_and_their_poll_status_across_a_new_book() {
        FeedBook book = new FeedBook(state);
        Instant at = Instant.parse("2024-07-06T03:00:00Z");

        assertThat(book.add(Feed.followed("http://a.example/rss", "A"))).isTrue();
        assertThat(book.add(Feed.followed("http://a.example/rss", "again"))).isFalse();
        book.add(Feed.followed("http://b.example/atom", ""));
        book.update("http://a.example/rss", f -> f.succeeded(at, "A news", "ok: 3 items, 3 new", 3,
                new FeedSource.Validators("\"v1\"", "Sat, 06 Jul 2024 02:30:00 GMT")));
        book.update("http://b.example/atom", f -> f.failed(at, "404 Not Found from http://b.example/atom"));

        List<Feed> again = new FeedBook(state).all();
        assertThat(again).extracting(Feed::url).containsExactly("http://a.example/rss", "http://b.example/atom");
        assertThat(again.get(0)).satisfies(f -> {
            assertThat(f.title()).isEqualTo("A news");
            assertThat(f.articles()).isEqualTo(3);
            assertThat(f.lastPoll()).contains(at);
            assertThat(f.validators().etag()).isEqualTo("\"v1\"");
        });
        assertThat(again.get(1)).satisfies(f -> {
            assertThat(f.error()).startsWith("404 Not Found");
            assertThat(f.failures()).isEqualTo(1);
            assertThat(f.lastSuccess()).isEmpty();
        });
    }

    @Test
    void should_unfollow_only_a_followed_url_and_leave_no_temporary_file() throws IOException {
        FeedBook book = new FeedBook(state);
        book.add(Feed.followed("http://a.example/rss", "A"));

        assertThat(book.remove("http://unknown.example/rss")).isFalse();
        assertThat(book.remove("http://a.example/rss")).isTrue();
        assertThat(book.all()).isEmpty();
        try (Stream<Path> files = Files.list(state.resolve("feeds"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("feeds.json", "feeds.lock");
        }
    }

    @Test
    void should_lose_no_change_when_two_books_write_at_once() throws InterruptedException {
        FeedBook one = new FeedBook(state);
        FeedBook two = new FeedBook(state);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            FeedBook book = w % 2 == 0 ? one : two;
            int first = w * 25;
            writers.add(Thread.ofPlatform().name("feed-writer-" + w).start(() -> {
                for (int i = first; i < first + 25; i++) {
                    book.add(Feed.followed("http://site" + i + ".example/rss", ""));
                }
            }));
        }
        for (Thread t : writers) {
            t.join();
        }

        assertThat(new FeedBook(state).all()).hasSize(100);
    }
}
