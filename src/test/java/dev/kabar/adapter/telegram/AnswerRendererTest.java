package dev.kabar.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.chat.AskResult;
import dev.kabar.chat.Timings;
import dev.kabar.text.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerRendererTest {

    private static final ArticleMeta META = new ArticleMeta("a1", "Putin <b>&</b> Kim", "R&D News", "",
            LocalDate.of(2024, 6, 19), "", "id");
    private static final Passage PASSAGE = Passage.of("a1", 3, "Pakta <i>ditandatangani</i> & disepakati.", 0, 10);

    private static AskResult result(String text) {
        Answer answer = new Answer.Grounded(text, List.of(new Citation(1, PASSAGE, META, "Pakta")), "");
        return new AskResult("q", Language.ID, answer, "extractive", new Timings(1, 1));
    }

    @Test
    void should_escape_all_text_and_keep_markers_sources_and_buttons() {
        Reply reply = new AnswerRenderer("https://kabar.example").answer(
                result("<script>alert(1)</script> & **tebal** [1]."), Language.ID);

        assertThat(reply.html()).startsWith("&lt;script&gt;alert(1)&lt;/script&gt; &amp; **tebal** [1].")
                .contains("<b>Sumber</b>")
                .contains("[1] R&amp;D News, 2024-06-19 — <a href=\"https://kabar.example/a/a1#p3\">Putin &lt;b&gt;&amp;&lt;/b&gt; Kim</a>")
                .doesNotContain("<script>");
        assertThat(reply.buttons()).containsExactly(new Reply.Button("[1]", "p:a1#3"));
    }

    @Test
    void should_leave_out_links_without_a_public_url_and_escape_the_passage() {
        AnswerRenderer renderer = new AnswerRenderer("");

        assertThat(renderer.answer(result("Ya [1]."), Language.EN).html()).contains("<b>Sources</b>")
                .doesNotContain("<a ");
        assertThat(renderer.passage(META, PASSAGE)).contains("Pakta &lt;i&gt;ditandatangani&lt;/i&gt; &amp; disepakati.");
    }

    @Test
    void should_draw_no_link_to_an_address_that_is_not_http_or_https() {
        AnswerRenderer renderer = new AnswerRenderer("javascript:alert(1)//");

        assertThat(renderer.answer(result("Ya [1]."), Language.EN).html()).doesNotContain("<a ").doesNotContain("javascript:");
        assertThat(Html.link("javascript:alert(1)", "x")).isEqualTo("x");
        assertThat(Html.link("https://news.example/a?b=1&c=2", "x")).isEqualTo("<a href=\"https://news.example/a?b=1&amp;c=2\">x</a>");
    }
}
