package dev.kabar.answer.extractive;

import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.decline.Declines;
import dev.kabar.article.ArticleMeta;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers about the newest news: "Apa yang terjadi kemarin?" with the headlines of the day's
 * articles, each cited to its first passage; and the date put before a composed answer to "berita
 * terbaru tentang …", so the reader sees how new it is.
 */
public final class RecentAnswer {

    /** At most this many articles are named in one list of headlines. */
    static final int MAX_ARTICLES = 5;

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private RecentAnswer() {}

    /**
     * The headlines of {@code firstPassages}' articles, newest first as given.
     *
     * @param firstPassages one passage per article (its first), newest first
     */
    public static Answer headlines(List<Hit> firstPassages, Language language) {
        Map<String, Hit> byArticle = new LinkedHashMap<>();
        firstPassages.forEach(h -> byArticle.putIfAbsent(h.article().id(), h));
        if (byArticle.isEmpty()) {
            return Declines.of(language, new DeclineReason.NoPassages());
        }
        List<String> lines = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (Hit h : byArticle.values()) {
            if (citations.size() == MAX_ARTICLES) {
                break;
            }
            int n = citations.size() + 1;
            citations.add(new Citation(n, h.passage(), h.article(), ""));
            lines.add(headline(h.article(), language) + " [" + n + "].");
        }
        String lead = language == Language.EN ? "The newest articles: " : "Berita terbaru: ";
        return new Answer.Grounded(lead + String.join(" ", lines), citations, "");
    }

    /** {@code answer} with the date of its first cited article before it; unchanged when that has none. */
    public static Answer dated(Answer answer, Language language) {
        if (!(answer instanceof Answer.Grounded g) || g.citations().isEmpty()
                || g.citations().getFirst().article().published() == null) {
            return answer;
        }
        String date = date(g.citations().getFirst().article().published(), language);
        String lead = language == Language.EN ? "Latest (" + date + "): " : "Terbaru (" + date + "): ";
        return new Answer.Grounded(lead + g.text(), g.citations(), g.shortAnswer());
    }

    private static String headline(ArticleMeta a, Language language) {
        String title = a.title().isBlank() ? a.id() : a.title().strip().replaceFirst("[.!?]+$", "");
        List<String> about = new ArrayList<>();
        if (!a.outlet().isBlank()) {
            about.add(a.outlet());
        }
        if (a.published() != null) {
            about.add(date(a.published(), language));
        }
        return about.isEmpty() ? title : title + " (" + String.join(", ", about) + ")";
    }

    static String date(LocalDate day, Language language) {
        return day.format(language == Language.EN ? EN : ID);
    }
}
