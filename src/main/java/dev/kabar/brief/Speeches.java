package dev.kabar.brief;

import dev.kabar.text.PlaceNames;
import dev.kabar.text.SayingVerbs;
import dev.kabar.text.SayingVerbs.Use;
import dev.kabar.text.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said what: {@code “…,” kata X}, {@code …, ujar X, role}, {@code X mengatakan (bahwa) …},
 * {@code Menurut X, …}, English {@code X said …}; {@code katanya}, {@code menurutnya} and a
 * pronoun subject refer back to the article's previous speaker. A place ({@link PlaceNames}) is
 * never a speaker: "…, kata Kota Contoh" misread from "…, kata Budi di Kota Contoh" says nothing.
 */
final class Speeches {

    /** English verbs only in lower case: "Munir Said Thalib" names a man, it attributes nothing. */
    private static final String AFTER_VERBS = verbs(Use.AFTER);
    private static final String BEFORE_VERBS = verbs(Use.BEFORE);
    /** {@code ,” kata Budi seperti dikutip Antara.} — the quote ends before the attribution. */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)(?:[,.!?…]?[”\"]|,)\\s+(" + AFTER_VERBS + ")(nya)?\\b\\s*([^,.;:]*)(?:,\\s*([^.;]*))?");
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(" + BEFORE_VERBS + ")\\b[,:]?\\s*");
    private static final Pattern ACCORDING = Pattern.compile("(?i)^(?:menurut|according to)(nya)?\\s*([^,]*),\\s*(.+)$");
    private static final Pattern AS_QUOTED = Pattern.compile("(?i)\\s+(?:seperti|sebagaimana)\\s+(?:yang\\s+)?dikutip\\b.*$");
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^(?:(?:pada|on)\\s+(?:hari\\s+)?\\p{L}+\\s+|bahwa\\s+|that\\s+|:\\s*|,\\s*)+");
    /** Verbs that take their words directly ("Budi mengatakan upaya ..."); the others need a clause. */
    private static final Pattern PLAIN_SAYING = Pattern.compile("(?i)" + verbs(Use.DIRECT));
    /**
     * What follows a verb like {@code menyatakan} or {@code mengumumkan} when it reports words: a
     * {@code bahwa}/{@code that} clause, a colon or a quote; "mengumumkan penandatanganan ..."
     * reports an act, not speech.
     */
    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)^\\s*(?:(?:pada|on)\\s+(?:hari\\s+)?\\p{L}+\\s*,?\\s*)?(?:bahwa\\b|that\\b|[:,“\"])");
    /** "..., yang menurut Budi ...": the words inside are someone else's, not the subject's. */
    private static final Pattern OTHER_SOURCE = Pattern.compile("\\b(?i:menurut|according\\s+to)\\s+\\p{Lu}");
    private static final Set<String> CUES = cues();
    private static final int MIN_WORDS = 4;
    private static final int MAX_SPEAKER_WORDS = 12;

    private final Speakers speakers;

    /** The verbs a quote uses this way, as an alternation; the English ones in lower case only. */
    private static String verbs(Use use) {
        return String.join("|", SayingVerbs.used(use, false)) + "|(?-i:" + String.join("|", SayingVerbs.used(use, true))
                + ")";
    }

    private static Set<String> cues() {
        Set<String> cues = new HashSet<>(List.of("menurut", "menurutnya", "according"));
        for (Use use : List.of(Use.AFTER, Use.BEFORE)) {
            for (boolean english : new boolean[] {false, true}) {
                for (String v : SayingVerbs.used(use, english)) {
                    cues.add(v);
                    cues.add(v + "nya");
                }
            }
        }
        return Set.copyOf(cues);
    }

    Speeches(Speakers speakers) {
        this.speakers = speakers;
    }

    /** Quotes in article order; {@code sentences} must be in article order (see {@link Sentences}). */
    List<Said> find(List<SourceSentence> sentences, FullNames names) {
        List<Said> out = new ArrayList<>();
        Map<String, Said> lastSpeaker = new HashMap<>();
        for (SourceSentence s : sentences) {
            if (s.tokens().stream().noneMatch(t -> CUES.contains(t.folded()))) {
                continue; // no attribution word: no regular expression needs to look
            }
            Optional<Said> said = after(s, lastSpeaker).or(() -> according(s, lastSpeaker)).or(() -> before(s, lastSpeaker));
            said.filter(q -> q.quote().split("\\s+").length >= MIN_WORDS && QuoteText.plausible(q.speaker())
                    && q.speaker().split("\\s+").length <= MAX_SPEAKER_WORDS && !PlaceNames.contains(q.speaker()))
                    .flatMap(q -> named(q, names.resolve(q.speaker(), s), names, s))
                    .ifPresent(q -> {
                        out.add(q);
                        lastSpeaker.put(s.articleId(), q);
                    });
        }
        return out;
    }

    /**
     * The quote under a person's name: a bare title ("kata Juru Bicara Badan Contoh") takes the name
     * the article gave with it, else the quote is left out; so is a lone capitalised word the
     * article also writes in lower case ("Pria itu mengatakan ...": no one's name).
     */
    private Optional<Said> named(Said q, FullNames.Named n, FullNames names, SourceSentence s) {
        String role = q.role().isEmpty() ? n.role() : q.role();
        String name = n.name();
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return Optional.of(new Said(name, role, q.quote(), s));
        }
        if (name.contains(" dan ")) { // a joint statement: people, not places ("Kota A dan Kota B kerap ...")
            String joint = name.replaceFirst("(?:\\s+\\p{Ll}\\S*)+$", ""); // "Kota A dan Kota B kerap"
            boolean places = Arrays.stream(joint.split("\\s+dan\\s+")).anyMatch(PlaceNames::contains);
            return places ? Optional.empty() : Optional.of(new Said(joint, role, q.quote(), s));
        }
        if (Terms.scan(name).stream().anyMatch(t -> Character.isDigit(t.surface().charAt(0)))) {
            return Optional.empty(); // "Juara 2011": a description, not a name
        }
        if (!speakers.hasNameWord(name)) {
            return names.byRole(name, s).map(r -> new Said(r.name(), role.isEmpty() ? r.role() : role, q.quote(), s));
        }
        if (!name.contains(" ") && names.common(name, s) || PlaceNames.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(new Said(name, role, q.quote(), s));
    }

    private Optional<Said> after(SourceSentence s, Map<String, Said> last) {
        Matcher m = AFTER.matcher(s.text());
        if (!m.find() || m.start() < 10) {
            return Optional.empty();
        }
        String quote = QuoteText.clean(s.text().substring(0, m.start() + (s.text().charAt(m.start()) == ',' ? 0 : 1)));
        if (m.group(2) != null) {
            return back(s, last, quote);
        }
        String who = AS_QUOTED.matcher(m.group(3)).replaceFirst("").strip();
        who = who.replaceAll("(?i)\\s+(?:kepada|to|saat|ketika|dalam|di|when|while)\\b.*$", "").strip();
        if (who.isEmpty()) {
            return Optional.empty();
        }
        if (Character.isUpperCase(who.charAt(0))) {
            who = who.replaceFirst("\\s+\\p{Ll}.*$", ""); // "kata Gatot ditemui di Istana": the name ends at "ditemui"
        }
        String appositive = m.group(4) == null ? "" : m.group(4).strip();
        boolean describes = QuoteText.describes(appositive);
        Speakers.Speaker sp = speakers.read(who, describes ? appositive : "");
        return Optional.of(new Said(sp.name(), sp.role(), quote, s));
    }

    private Optional<Said> according(SourceSentence s, Map<String, Said> last) {
        Matcher m = ACCORDING.matcher(s.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String quote = QuoteText.clean(m.group(3));
        if (m.group(1) != null) {
            return back(s, last, quote);
        }
        Speakers.Speaker sp = speakers.read(m.group(2), "");
        return Optional.of(new Said(sp.name(), sp.role(), quote, s));
    }

    private Optional<Said> before(SourceSentence s, Map<String, Said> last) {
        Matcher m = BEFORE.matcher(s.text());
        while (m.find()) {
            if (!QuoteText.insideQuote(s.text(), m.start())) {
                if (!reportsWords(m.group(1), s.text().substring(m.end(1)))) {
                    return Optional.empty();
                }
                String subject = s.text().substring(0, m.start()).strip();
                String quote = QuoteText.clean(LEADING.matcher(s.text().substring(m.end())).replaceFirst(""));
                return subject(subject).flatMap(sub -> Speakers.isPronoun(sub) ? back(s, last, quote)
                        : Optional.of(attribute(sub, quote, s)));
            }
        }
        return Optional.empty();
    }

    private static boolean reportsWords(String verb, String rest) {
        boolean clause = PLAIN_SAYING.matcher(verb).matches() || CLAUSE.matcher(rest).find();
        Matcher other = OTHER_SOURCE.matcher(rest);
        while (clause && other.find()) {
            clause = QuoteText.insideQuote(rest, other.start());
        }
        return clause;
    }

    /** The speaker region before the verb: an intro clause dropped, an appositive kept apart. */
    private static Optional<String> subject(String region) {
        String r = region.endsWith(",") ? region.substring(0, region.length() - 1) : region;
        String[] parts = r.split(",\\s*");
        if (parts.length == 0 || parts[0].isBlank()) {
            return Optional.empty();
        }
        if (region.endsWith(",") && parts.length > 1) {
            return Optional.of(String.join("\u0000", parts));
        }
        return Optional.of(parts[parts.length - 1].strip().replaceFirst("(?i)^(?:dengan|dan|namun|tetapi|sementara)\\s+", ""));
    }

    private Said attribute(String subject, String quote, SourceSentence s) {
        String[] parts = subject.split("\u0000");
        String head = parts[0].strip();
        String appositive = parts.length > 1
                ? String.join(", ", Arrays.copyOfRange(parts, 1, parts.length)).strip() : "";
        boolean describes = QuoteText.describes(appositive);
        if (head.matches("(?i).+\\s(?:dan|and)\\s.+") && head.split("\\s+").length <= 12) {
            return new Said(head, "", quote, s); // a joint statement: "Budi dan Ani mengumumkan ..."
        }
        if (!describes && parts.length > 1) {
            head = QuoteText.firstNameRun(head);
        } else if (head.split("\\s+").length > 6) {
            head = QuoteText.firstNameRun(head);
        }
        Speakers.Speaker sp = speakers.read(head, describes ? appositive : "");
        return new Said(sp.name(), sp.role(), quote, s);
    }

    private static Optional<Said> back(SourceSentence s, Map<String, Said> last, String quote) {
        return Optional.ofNullable(last.get(s.articleId())).map(p -> new Said(p.speaker(), p.role(), quote, s));
    }
}
