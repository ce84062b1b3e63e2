package dev.kabar.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said what: {@code “…,” kata X}, {@code …, ujar X, role}, {@code X mengatakan (bahwa) …},
 * {@code Menurut X, …}, English {@code X said …}; {@code katanya}, {@code menurutnya} and a
 * pronoun subject refer back to the article's previous speaker.
 */
final class Speeches {

    private static final String ENGLISH_VERBS = "said|says|told|stated|warned|added";
    /** English verbs only in lower case: "Munir Said Thalib" names a man, it attributes nothing. */
    private static final String AFTER_VERBS = "kata|ujar|ucap|tutur|jelas|tegas|(?-i:said|says)";
    private static final String BEFORE_VERBS = "mengatakan|menyatakan|berkata|menegaskan|memperingatkan|menyebut"
            + "|menambahkan|mengumumkan|menjelaskan|(?-i:" + ENGLISH_VERBS + ")";
    /** {@code ,” kata Putin seperti dikutip Tass.} — the quote ends before the attribution. */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)(?:[,.!?…]?[”\"]|,)\\s+(" + AFTER_VERBS + ")(nya)?\\b\\s*([^,.;:]*)(?:,\\s*([^.;]*))?");
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(" + BEFORE_VERBS + ")\\b[,:]?\\s*");
    private static final Pattern ACCORDING = Pattern.compile("(?i)^(?:menurut|according to)(nya)?\\s*([^,]*),\\s*(.+)$");
    private static final Pattern AS_QUOTED = Pattern.compile("(?i)\\s+(?:seperti|sebagaimana)\\s+(?:yang\\s+)?dikutip\\b.*$");
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^(?:(?:pada|on)\\s+(?:hari\\s+)?\\p{L}+\\s+|bahwa\\s+|that\\s+|:\\s*|,\\s*)+");
    private static final Pattern INSTITUTIONS = Pattern.compile("(?i)(?:para\\s+)?(?:kementerian|analis|pejabat|"
            + "juru|pemerintah|media|kantor|agensi|agen|badan|pernyataan|sumber|kedutaan|kedubes|officials|analysts"
            + "|the\\s+\\p{L}+)\\b");
    private static final java.util.Set<String> CUES = cues();
    private static final int MIN_WORDS = 4;
    private static final int MAX_SPEAKER_WORDS = 12;

    private final Speakers speakers;

    private static java.util.Set<String> cues() {
        java.util.Set<String> cues = new java.util.HashSet<>(java.util.List.of("menurut", "menurutnya", "according"));
        String verbs = "kata|ujar|ucap|tutur|jelas|tegas|mengatakan|menyatakan|berkata|menegaskan|memperingatkan"
                + "|menyebut|menambahkan|mengumumkan|menjelaskan|" + ENGLISH_VERBS;
        for (String v : verbs.split("\\|")) {
            cues.add(v);
            cues.add(v + "nya");
        }
        return java.util.Set.copyOf(cues);
    }

    Speeches(Speakers speakers) {
        this.speakers = speakers;
    }

    /** Quotes in article order; {@code sentences} must be in article order (see {@link Sentences}). */
    List<Said> find(List<Sentence> sentences) {
        List<Said> out = new ArrayList<>();
        Map<String, Said> lastSpeaker = new HashMap<>();
        for (Sentence s : sentences) {
            if (s.tokens().stream().noneMatch(t -> CUES.contains(t.folded()))) {
                continue; // no attribution word: no regular expression needs to look
            }
            Optional<Said> said = after(s, lastSpeaker).or(() -> according(s, lastSpeaker)).or(() -> before(s, lastSpeaker));
            said.filter(q -> q.quote().split("\\s+").length >= MIN_WORDS && plausible(q.speaker())
                    && q.speaker().split("\\s+").length <= MAX_SPEAKER_WORDS)
                    .ifPresent(q -> {
                        out.add(q);
                        lastSpeaker.put(s.articleId(), q);
                    });
        }
        return out;
    }

    private Optional<Said> after(Sentence s, Map<String, Said> last) {
        Matcher m = AFTER.matcher(s.text());
        if (!m.find() || m.start() < 10) {
            return Optional.empty();
        }
        String quote = clean(s.text().substring(0, m.start() + (s.text().charAt(m.start()) == ',' ? 0 : 1)));
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
        boolean describes = describes(appositive);
        Speakers.Speaker sp = speakers.read(who, describes ? appositive : "");
        return Optional.of(new Said(sp.name(), sp.role(), quote, s));
    }

    private Optional<Said> according(Sentence s, Map<String, Said> last) {
        Matcher m = ACCORDING.matcher(s.text());
        if (!m.find()) {
            return Optional.empty();
        }
        String quote = clean(m.group(3));
        if (m.group(1) != null) {
            return back(s, last, quote);
        }
        Speakers.Speaker sp = speakers.read(m.group(2), "");
        return Optional.of(new Said(sp.name(), sp.role(), quote, s));
    }

    private Optional<Said> before(Sentence s, Map<String, Said> last) {
        Matcher m = BEFORE.matcher(s.text());
        while (m.find()) {
            if (!insideQuote(s.text(), m.start())) {
                String subject = s.text().substring(0, m.start()).strip();
                String quote = clean(LEADING.matcher(s.text().substring(m.end())).replaceFirst(""));
                return subject(subject).flatMap(sub -> Speakers.isPronoun(sub) ? back(s, last, quote)
                        : Optional.of(attribute(sub, quote, s)));
            }
        }
        return Optional.empty();
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

    private Said attribute(String subject, String quote, Sentence s) {
        String[] parts = subject.split("\u0000");
        String head = parts[0].strip();
        String appositive = parts.length > 1
                ? String.join(", ", java.util.Arrays.copyOfRange(parts, 1, parts.length)).strip() : "";
        boolean describes = describes(appositive);
        if (head.matches("(?i).+\\s(?:dan|and)\\s.+") && head.split("\\s+").length <= 12) {
            return new Said(head, "", quote, s); // a joint statement: "Putin dan Kim mengumumkan ..."
        }
        if (!describes && parts.length > 1) {
            head = firstNameRun(head);
        } else if (head.split("\\s+").length > 6) {
            head = firstNameRun(head);
        }
        Speakers.Speaker sp = speakers.read(head, describes ? appositive : "");
        return new Said(sp.name(), sp.role(), quote, s);
    }

    /** A lower-case noun phrase describing the speaker ("seorang analis di ..."), not a clause. */
    private static boolean describes(String appositive) {
        return !appositive.isEmpty() && Character.isLowerCase(appositive.charAt(0))
                && !appositive.matches("(?s)(?:yang|seraya|sambil|dan|akan|telah|sudah|juga|pada|saat|ketika|usai|dalam|di|ke"
                        + "|dari|kepada|sebelum|setelah|namun|tetapi|lalu|kemudian|when|while|after|ber\\p{L}+"
                        + "|me[mnr]\\p{L}+|di\\p{L}+kan|ter\\p{L}+)\\b.*");
    }

    /** A speaker is named (capitalised) or an institution in lower case ("kata kementerian"). */
    static boolean plausible(String speaker) {
        String s = speaker.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(s.charAt(0))) {
            return !dev.kabar.text.StopWords.contains(dev.kabar.text.Terms.fold(s.split("\\s+")[0]));
        }
        return s.split("\\s+").length <= 6 && INSTITUTIONS.matcher(s).lookingAt();
    }

    private static String firstNameRun(String text) {
        Matcher m = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*").matcher(text);
        return m.find() ? m.group() : text;
    }

    private static Optional<Said> back(Sentence s, Map<String, Said> last, String quote) {
        return Optional.ofNullable(last.get(s.articleId())).map(p -> new Said(p.speaker(), p.role(), quote, s));
    }

    private static boolean insideQuote(String text, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                open = open == 0 ? 1 : 0;
            }
        }
        return open > 0;
    }

    /** Strips the attribution's leftovers: an unpaired quote mark at either end, a trailing comma. */
    static String clean(String quote) {
        String q = quote.strip().replaceAll("[,;:]+$", "").strip();
        if (q.startsWith("“") && count(q, '“') > count(q, '”') || q.startsWith("\"") && count(q, '"') % 2 == 1) {
            q = q.substring(1).strip();
        }
        if (q.endsWith("”") && count(q, '”') > count(q, '“') || q.endsWith("\"") && count(q, '"') % 2 == 1) {
            q = q.substring(0, q.length() - 1).strip();
        }
        if (q.startsWith("“") && q.endsWith("”") && count(q, '“') == 1 && count(q, '”') == 1) {
            q = q.substring(1, q.length() - 1);
        }
        return q.strip().replaceAll("[,;:]+$", "").strip();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
