package dev.kabar.brief;

import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where sources differ: two articles state the same event — the same verb with a shared subject
 * word ("perjanjian ... dibatalkan") — but time it differently: conflicting dates or numbers, or a
 * date in one and an event ("setelah krisis moneter") in the other. Generic; nothing about
 * any one story is built in.
 */
final class Differences {

    /** A difference before numbering: the event and each source's version. */
    record Draft(String about, List<Frame> versions) {}

    /** An event statement: subject terms, verb stem, and the time detail given for it. */
    record Frame(String about, Set<String> subject, String verb, String detail, List<When> dates, SourceSentence source) {}

    private static final Pattern TIMED = Pattern.compile(
            "(?i)\\b(\\p{L}{5,})\\s+((?:pada|sejak|setelah|sebelum|usai|after|since|before|in)(?:\\s+|(?=\\d))[^,.;]+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final int MAX_DIFFERENCES = 4;

    private final Vocabulary vocabulary;

    Differences(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Draft> find(List<SourceSentence> sentences) {
        List<Frame> frames = new ArrayList<>();
        sentences.stream().filter(SourceSentence::prose).forEach(s -> frames.addAll(frames(s)));
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < frames.size() && out.size() < MAX_DIFFERENCES; i++) {
            for (int j = i + 1; j < frames.size(); j++) {
                Frame a = frames.get(i);
                Frame b = frames.get(j);
                if (conflict(a, b) && out.stream().noneMatch(d -> d.versions().contains(a) || d.versions().contains(b))) {
                    out.add(new Draft(a.about(), List.of(a, b)));
                    break;
                }
            }
        }
        return out;
    }

    private List<Frame> frames(SourceSentence s) {
        List<Frame> out = new ArrayList<>();
        Matcher m = TIMED.matcher(s.text());
        int from = 0;
        while (m.find(from)) {
            from = m.end(1);
            String verb = m.group(1);
            if (!verbLike(verb)) {
                continue;
            }
            String before = s.text().substring(0, m.start(1));
            int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
            List<String> words = List.of(before.substring(clause + 1).strip().split("\\s+"));
            String subjectText = String.join(" ", words.subList(Math.max(0, words.size() - 4), words.size())).strip();
            Set<String> subject = vocabulary.terms(subjectText);
            String detail = m.group(2).strip().replaceFirst("(?i)^(pada|sejak|in)(\\d)", "$1 $2");
            if (!subject.isEmpty()) {
                out.add(new Frame((subjectText + " " + verb).strip(), subject, IndonesianStemmer.stem(Terms.fold(verb)),
                        detail, Dates.absolute(detail), s));
            }
        }
        return out;
    }

    private static boolean conflict(Frame a, Frame b) {
        if (a.source().articleId().equals(b.source().articleId()) || !a.verb().equals(b.verb())
                || a.subject().stream().noneMatch(b.subject()::contains)) {
            return false;
        }
        if (!a.dates().isEmpty() && !b.dates().isEmpty()) {
            return a.dates().stream().noneMatch(x -> b.dates().stream().anyMatch(x::compatible));
        }
        if (a.dates().isEmpty() != b.dates().isEmpty()) {
            Frame undated = a.dates().isEmpty() ? a : b;
            return !NUMBER.matcher(undated.detail()).find() && undated.detail().split("\\s+").length >= 3;
        }
        return false;
    }

    /** Indonesian verb forms ({@code dibatalkan}, {@code menandatangani}) or English past forms. */
    private static boolean verbLike(String word) {
        if (Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String w = Terms.fold(word);
        return w.startsWith("di") && w.length() >= 7 || w.startsWith("me") || w.startsWith("ber")
                || w.startsWith("ter") || w.endsWith("ed");
    }
}
