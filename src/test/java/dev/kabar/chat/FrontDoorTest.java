package dev.kabar.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kabar.answer.Answer;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.AnswerComposer;
import dev.kabar.article.Article;
import dev.kabar.brief.Briefer;
import dev.kabar.brief.Briefing;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import dev.kabar.text.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one front door: what it refuses, in which order, and what it passes on. */
class FrontDoorTest {

    private static final Clock STILL = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** Records what reaches retrieval and composition. */
    private final List<String> searched = new ArrayList<>();
    private final List<Language> composedIn = new ArrayList<>();

    private final PassageRetriever retriever = (text, limit) -> {
        searched.add(text);
        return List.<Hit>of();
    };
    private final AnswerComposer composer = new AnswerComposer() {
        @Override
        public Answer compose(String question, Language language, List<Hit> hits) {
            composedIn.add(language);
            return new Answer.Declined("Tidak ditemukan.", new DeclineReason.NoPassages(), List.of());
        }

        @Override
        public String name() {
            return "recording";
        }
    };
    private final ArticleStore empty = new ArticleStore() {
        @Override
        public List<ArticleSummary> articles() {
            return List.of();
        }

        @Override
        public Optional<Article> article(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<Hit> passage(String passageId) {
            return Optional.empty();
        }

        @Override
        public long version() {
            return 0;
        }
    };

    private FrontDoor door(int maxChars) {
        return new FrontDoor(new AskService(retriever, composer, 5),
                new Briefer(retriever, empty, AliasTable.empty(), Briefer.Limits.defaults()), retriever, maxChars);
    }

    @Test
    void should_strip_the_question_and_pass_its_language_on_to_the_composer() {
        AskResult r = door(100).ask(Question.of("  What did the minister say?  "));

        assertThat(r.question()).isEqualTo("What did the minister say?");
        assertThat(r.language()).isEqualTo(Language.EN);
        assertThat(composedIn).containsExactly(Language.EN);
        assertThat(searched).containsExactly("What did the minister say?");
    }

    @Test
    void should_refuse_empty_then_rate_limited_then_too_long_then_a_bad_conversation_id() {
        FrontDoor door = door(10).limitedBy(new RateLimiter(1, STILL));

        assertThat(reason(door, new Question(" \t ", "c", "tg:1"))).isEqualTo(Rejected.Reason.EMPTY);
        assertThat(reason(door, new Question("x".repeat(11), "bad id", "tg:1"))).isEqualTo(Rejected.Reason.TOO_LONG);
        assertThat(reason(door, new Question("x".repeat(11), "bad id", "tg:1"))).isEqualTo(Rejected.Reason.RATE_LIMITED);
        assertThat(reason(door, new Question("Siapa?", "bad id", "tg:2"))).isEqualTo(Rejected.Reason.BAD_CONVERSATION_ID);
        assertThat(searched).isEmpty();
    }

    @Test
    void should_say_what_to_change_in_one_english_line() {
        Rejected tooLong = catchThrowableOfType(Rejected.class, () -> door(10).ask(Question.of("x".repeat(12))));
        Rejected limited = catchThrowableOfType(Rejected.class, () -> {
            FrontDoor d = door(10).limitedBy(new RateLimiter(2, STILL));
            for (int i = 0; i < 3; i++) {
                d.ask(Question.of("Siapa?").from("10.0.0.1"));
            }
        });

        assertThat(tooLong.getMessage()).isEqualTo("the question has 12 characters; the limit is 10: shorten it");
        assertThat(tooLong.size()).isEqualTo(12);
        assertThat(tooLong.limit()).isEqualTo(10);
        assertThat(limited.limit()).isEqualTo(2);
        assertThat(limited.retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void should_not_limit_questions_without_a_caller_or_a_door_without_a_limit() {
        FrontDoor limited = door(100).limitedBy(new RateLimiter(1, STILL));
        for (int i = 0; i < 3; i++) {
            limited.ask(Question.of("Siapa?"));
            door(100).ask(Question.of("Siapa?").from("tg:1"));
        }
        assertThat(composedIn).hasSize(6);
    }

    @Test
    void should_count_every_request_of_a_caller_against_one_bucket() {
        FrontDoor door = door(100).limitedBy(new RateLimiter(2, STILL));
        door.count("10.0.0.1");
        door.brief(Question.of("").from("10.0.0.1"));

        Rejected r = catchThrowableOfType(Rejected.class, () -> door.ask(Question.of("Siapa?").from("10.0.0.1")));

        assertThat(r.reason()).isEqualTo(Rejected.Reason.RATE_LIMITED);
    }

    @Test
    void should_brief_on_the_whole_collection_for_a_blank_topic_and_refuse_a_long_one_in_its_language() {
        FrontDoor door = door(20);
        Briefing whole = door.brief(Question.of("   "));
        Question topic = Question.of("How did the ministers of many countries react?");
        Rejected r = catchThrowableOfType(Rejected.class, () -> door.brief(topic));

        assertThat(whole.topic()).isEmpty();
        assertThat(r.reason()).isEqualTo(Rejected.Reason.TOO_LONG);
        assertThat(r.kind()).isEqualTo(Rejected.Kind.TOPIC);
        assertThat(r.getMessage()).startsWith("the topic has 46 characters");
        assertThat(FrontDoor.nothingFound(topic, r).note())
                .isEqualTo("Nothing found: the topic has 46 characters; the limit is 20. Shorten it.");
        assertThat(FrontDoor.nothingFound(topic, r).language()).isEqualTo(Language.EN);
    }

    private static Rejected.Reason reason(FrontDoor door, Question q) {
        return catchThrowableOfType(Rejected.class, () -> door.ask(q)).reason();
    }
}
