package dev.kabar.brief.invariant;

import dev.kabar.answer.Citation;
import dev.kabar.article.Article;
import dev.kabar.brief.Briefing;
import dev.kabar.text.PlaceNames;
import dev.kabar.text.RoleWords;
import dev.kabar.text.Terms;
import dev.kabar.text.TitleWords;
import dev.kabar.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A speaker must be named where the briefing says they spoke — in the cited passage or earlier in
 * its article —, read as a name ({@link #aName}) and be no place. A place is a known one ({@link PlaceNames}) or a name the
 * article itself uses as one: right after {@code di} ("di Senayan", "di Kota Contoh"; not {@code ke},
 * which comes before people too: "diserahkan ke Budi"). Limits: an unknown place the article never
 * writes after {@code di} passes, and so does an organisation, while a company the article puts
 * someone "di" (works at) counts as a place; the name check is literal, so a speaker the briefer
 * spelled differently fails.
 */
final class SpeakerCheck {

    private static final int MAX_NAME_WORDS = 5;
    /** Lower-case words inside names: "Abdul bin Ahmad", "Robin van Persie", "Ahmad al-Farisi", "dan" of a joint statement. */
    private static final Set<String> PARTICLES = Set.of("bin", "binti", "van", "von", "der", "de", "da", "dos", "del",
            "al", "el", "la", "le", "dan", "and");

    private SpeakerCheck() {}

    static void check(Briefing.Quote q, Cited cited, InvariantTally tally) {
        record(q.speaker(), q.citations(), cited, tally);
        tally.record(Invariant.SPEAKER_A_NAME, aName(q.speaker()), cited.articleId(q.citations()), q.speaker());
    }

    /**
     * A reaction quoting someone ({@code Speaker: “…”}) names a speaker too, who must be named and
     * no place; it may be an institution speaking for its party ("kementerian luar negeri").
     */
    static void check(Briefing.Reaction r, Cited cited, InvariantTally tally) {
        QuotedWords.parse(r.text()).ifPresent(w -> record(w.speaker(), r.citations(), cited, tally));
    }

    private static void record(String speaker, List<Integer> numbers, Cited cited, InvariantTally tally) {
        boolean named = !numbers.isEmpty() && !speaker.isBlank();
        boolean place = false;
        for (int n : numbers) {
            Optional<Citation> c = cited.citation(List.of(n));
            Optional<Article> a = c.flatMap(x -> cited.articles().apply(x.article().id()));
            if (c.isEmpty() || a.isEmpty()) {
                named = false;
                continue;
            }
            String text = a.get().text();
            String upToPassage = text.substring(0, Math.min(text.length(), c.get().passage().end()));
            named &= word(speaker).matcher(upToPassage).find();
            place |= PlaceNames.contains(speaker) || Character.isUpperCase(speaker.charAt(0))
                    && afterPlacePreposition(speaker).matcher(text).find();
        }
        String id = cited.articleId(numbers);
        tally.record(Invariant.SPEAKER_NAMED, named, id, speaker);
        tally.record(Invariant.SPEAKER_NOT_PLACE, !place, id, speaker);
    }

    /** Capitalised words, name particles aside; one at least no title word; five at most. */
    static boolean aName(String speaker) {
        List<Token> tokens = Terms.scan(speaker);
        if (tokens.isEmpty() || tokens.size() > MAX_NAME_WORDS) {
            return false;
        }
        boolean named = false;
        for (Token t : tokens) {
            if (!t.capitalized() && !PARTICLES.contains(t.folded()) || Character.isDigit(t.surface().charAt(0))) {
                return false;
            }
            named |= t.capitalized() && !t.allCaps() && !RoleWords.contains(t.folded()) && !TitleWords.contains(t.folded());
        }
        return named;
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    private static Pattern afterPlacePreposition(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])[Dd]i\\s+" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }
}
