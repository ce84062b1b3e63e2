package dev.kabar.answer.extractive;

import dev.kabar.text.CalendarWords;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.MeasureWords;
import dev.kabar.text.MeasureWords.Measure;
import dev.kabar.text.ReasonMarkers;
import dev.kabar.text.SayingVerbs;
import dev.kabar.text.Span;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Evidence in a sentence of the kind of answer a question wants (a date for {@code kapan}, a number
 * for {@code berapa}, a name for {@code siapa} ...), and the short span that answers it. Spans made
 * only of the question's own words do not count: "Kapan perjanjian 1998 dibatalkan?" is not
 * answered by "1998".
 */
final class AnswerTypeCues {

    private static final String WEEKDAY = capitalisedGroup(CalendarWords.weekdayNames());
    private static final String MONTH = capitalisedGroup(CalendarWords.monthNames());
    /** Most specific first: the first pattern with a match gives the short answer. */
    private static final List<Pattern> DATES = Stream.of(
                    WEEKDAY + "\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\)",
                    "(?:" + WEEKDAY + ",?\\s+)?\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?",
                    MONTH + "\\s+\\d{4}",
                    "(?:pada\\s+)?(?:hari\\s+)?" + WEEKDAY,
                    "(?:bulan\\s+)?" + MONTH,
                    "(?:tahun\\s+)?\\d{1,4}\\s+(?:SM|M\\.|Masehi|Hijriah|BC|AD)",
                    "tahun\\s+\\d{3,4}|(?:1\\d|20)\\d{2}",
                    "(?i)kemarin|hari ini|(?:pekan|minggu|bulan|tahun) (?:lalu|depan)|yesterday|today"
                            + "|(?:last|next) (?:week|month|year)")
            .map(p -> Pattern.compile("(?<![\\p{L}\\d])(?:" + p + ")(?![\\p{L}\\d])"))
            .toList();
    private static final Pattern WEEKDAY_OR_MONTH = Pattern.compile(WEEKDAY + "|" + MONTH);
    /** A date or number further than this many characters from the question's words answers something else. */
    private static final int REACH = 60;
    /** Longest a written-out span of time ("sejak … sampai …") may run, in words. */
    private static final int SPAN_WORDS = 10;
    private static final Set<String> NUMBER_WORDS = Set.of(
            "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
            "seratus", "seribu", "sejuta", "belas", "puluh", "puluhan", "ratus", "ratusan", "ribu", "ribuan",
            "juta", "jutaan", "miliar", "triliun", "setengah", "separuh", "kedua", "ketiga", "keempat");
    private static final Set<String> SAYING_STEMS = SayingVerbs.all().stream()
            .map(IndonesianStemmer::stem)
            .collect(Collectors.toSet());
    /** Currency signs written before an amount. */
    private static final String CURRENCY_SIGNS = "$€£¥₩₹";
    private static final Set<String> PLACE_MARKERS = Set.of("di", "ke", "dari", "in", "at", "to");

    private AnswerTypeCues() {}

    /** Names as capitalised in a sentence ("Januari", "Jum'at"), matched case-sensitively. */
    private static String capitalisedGroup(List<String> names) {
        return names.stream()
                .map(n -> Pattern.quote(n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1)))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Whether {@code c} holds the kind of answer {@code q} asks for. */
    static boolean present(QuestionProfile q, Candidate c) {
        return switch (q.type()) {
            case PERSON -> Definitions.asked(q) ? Definitions.present(q, c) : !shortAnswer(q, c).isEmpty();
            case TIME, NUMBER, PLACE -> !shortAnswer(q, c).isEmpty();
            case REASON -> ReasonMarkers.in(c.tokens().stream().map(Token::folded).toList());
            case MANNER -> c.text().contains("“") || !sayingPositions(c).isEmpty();
            case THING -> Definitions.asked(q) && Definitions.present(q, c);
            case YES_NO -> false;
        };
    }

    /** Token positions of verbs of saying or reacting ({@code mengatakan}, {@code memperingatkan}, {@code kata}). */
    static List<Integer> sayingPositions(Candidate c) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < c.stems().size(); i++) {
            if (SAYING_STEMS.contains(c.stems().get(i))) {
                at.add(i);
            }
        }
        return at;
    }

    /** The short span answering {@code q} in {@code c}: a date, number, name or place; else empty. */
    static String shortAnswer(QuestionProfile q, Candidate c) {
        return switch (q.type()) {
            case TIME -> date(q, c).orElse("");
            case NUMBER -> number(q, c).orElse("");
            case PERSON -> Names.closestName(q, c).orElse("");
            case PLACE -> place(q, c).orElse("");
            default -> "";
        };
    }

    /** Whether {@code c} gives a time near the question's words: what answers "kapan", not "mengapa". */
    static boolean givesTime(QuestionProfile q, Candidate c) {
        return date(q, c).isPresent();
    }

    private static Optional<String> date(QuestionProfile q, Candidate c) {
        List<Integer> anchors = c.anchors(q);
        for (List<Span> matches : c.sentence().dates()) {
            for (Span m : matches) {
                String span = m.of(c.text());
                if (!onlyQuestionWords(q, span) && c.near(anchors, m.start(), m.end(), REACH)) {
                    return Optional.of(span);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> number(QuestionProfile q, Candidate c) {
        List<Token> tokens = c.tokens();
        List<Integer> anchors = c.anchors(q);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean alone = q.measure().equals(Optional.of(Measure.DURATION)) && MeasureWords.durationAlone(t.folded());
            if (!alone && !numeric(t) || q.questionStems().contains(c.stems().get(i)) || inDate(c.sentence(), t)
                    || !c.near(anchors, t.start(), t.end(), REACH)) {
                continue;
            }
            if (alone) {
                found.add(t.surface());
                continue;
            }
            if (q.measure().isPresent() && !q.measure().equals(unitAfter(tokens, i))
                    && !(q.measure().equals(Optional.of(Measure.MONEY)) && currencyBefore(c.text(), tokens, i))) {
                continue; // "101 lantai" does not say how long
            }
            Token unit = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean withUnit = unit != null && !unit.capitalized() && !StopWords.contains(unit.folded())
                    && c.text().substring(t.end(), unit.start()).isBlank();
            found.add(withUnit ? c.text().substring(t.start(), unit.end()) : t.surface());
        }
        if (found.isEmpty() && q.measure().equals(Optional.of(Measure.DURATION))) {
            return span(c, anchors);
        }
        return found.stream().findFirst();
    }

    /**
     * A span of time written out, near the question's words: "sejak kurun dasawarsa 70-an sampai
     * dengan awal dasawarsa 90-an" says how long without a number and its unit.
     */
    private static Optional<String> span(Candidate c, List<Integer> anchors) {
        List<Token> tokens = c.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!MeasureWords.spanFrom(tokens.get(i).folded())) {
                continue;
            }
            for (int j = i + 2; j < Math.min(tokens.size() - 1, i + SPAN_WORDS); j++) {
                if (MeasureWords.spanTo(tokens.get(j).folded()) && c.near(anchors, tokens.get(i).start(),
                        tokens.get(j).end(), REACH)) {
                    int end = Math.min(tokens.size() - 1, j + 3);
                    return Optional.of(c.text().substring(tokens.get(i).start(), tokens.get(end).end()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean numeric(Token t) {
        return Terms.isNumber(t.folded()) || NUMBER_WORDS.contains(t.folded());
    }

    /** What the number at {@code i} measures, read from the first word after it and its number words ("tiga ratus orang"). */
    private static Optional<Measure> unitAfter(List<Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && numeric(tokens.get(j))) {
            j++;
        }
        return j < tokens.size() ? MeasureWords.unit(tokens.get(j).folded()) : Optional.empty();
    }

    /** Whether a currency is written right before the number at {@code i} ("Rp 5 juta", "USD 10", "$5"). */
    private static boolean currencyBefore(String text, List<Token> tokens, int i) {
        int start = tokens.get(i).start();
        String before = text.substring(Math.max(0, start - 2), start).strip();
        return i > 0 && MeasureWords.currencyBefore(tokens.get(i - 1).folded())
                || !before.isEmpty() && CURRENCY_SIGNS.indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static boolean inDate(Sentence sentence, Token t) {
        for (List<Span> matches : sentence.dates().subList(0, 3)) {
            for (Span m : matches) {
                if (m.start() <= t.start() && t.end() <= m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where each date pattern matches {@code text}, most specific pattern first, each in text
     * order: the question-independent part of finding a date, done once per sentence.
     */
    static List<List<Span>> dateSpans(String text) {
        List<List<Span>> out = new ArrayList<>(DATES.size());
        for (Pattern p : DATES) {
            Matcher m = p.matcher(text);
            List<Span> spans = new ArrayList<>();
            while (m.find()) {
                spans.add(new Span(m.start(), m.end()));
            }
            out.add(List.copyOf(spans));
        }
        return List.copyOf(out);
    }

    private static Optional<String> place(QuestionProfile q, Candidate c) {
        List<Token> tokens = c.tokens();
        List<Integer> anchors = c.anchors(q);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            if (PLACE_MARKERS.contains(tokens.get(i).folded()) && next.capitalized()
                    && !WEEKDAY_OR_MONTH.matcher(next.surface()).matches()
                    && !q.questionStems().contains(c.stems().get(i + 1))
                    && c.near(anchors, next.start(), next.end(), REACH)) {
                return Optional.of(next.surface());
            }
        }
        return Optional.empty();
    }

    private static boolean onlyQuestionWords(QuestionProfile q, String span) {
        return Terms.tokens(span).stream()
                .filter(t -> !StopWords.contains(t) && !t.equals("hari") && !t.equals("tahun") && !t.equals("bulan"))
                .allMatch(t -> q.questionStems().contains(IndonesianStemmer.stem(t)));
    }

    static boolean isCalendarWord(String surface) {
        return WEEKDAY_OR_MONTH.matcher(surface).matches();
    }
}
