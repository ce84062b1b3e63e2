package dev.kabar.answer.question;

import dev.kabar.text.MeasureWords;
import dev.kabar.text.MeasureWords.Measure;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The kind of answer a question asks for, read from its question word (Indonesian or English). */
public enum QuestionType {
    PERSON,
    TIME,
    PLACE,
    REASON,
    MANNER,
    NUMBER,
    THING,
    YES_NO;

    private static final Set<String> AUXILIARIES =
            Set.of("did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "will", "would");

    /**
     * The type of a question given its folded tokens. A specific question word wins over the vague
     * {@code apa}/{@code what}, wherever it stands: Indonesian often puts it last ({@code Perjanjian itu
     * ditandatangani kapan?}).
     */
    public static QuestionType detect(List<String> folded) {
        for (int i = 0; i < folded.size(); i++) {
            QuestionType specific = specific(folded, i);
            if (specific != null) {
                return specific;
            }
        }
        if (folded.contains("apakah") || !folded.isEmpty() && AUXILIARIES.contains(folded.getFirst())) {
            return YES_NO;
        }
        return THING;
    }

    /**
     * The unit a number question names right after its question word: a duration for
     * {@code berapa lama}, {@code berapa hari}, {@code how long}, {@code how many years}; people for
     * {@code berapa orang}, {@code how many people}. Empty when it names none ({@code berapa harga}).
     */
    public static Optional<Measure> measure(List<String> folded) {
        for (int i = 0; i + 1 < folded.size(); i++) {
            String word = folded.get(i);
            boolean howMany = word.equals("how") && Set.of("many", "much").contains(folded.get(i + 1));
            int at = howMany ? i + 2
                    : word.equals("berapa") || word.equals("berapakah") || word.equals("how") ? i + 1 : -1;
            if (at < 0) {
                continue;
            }
            if (howMany && folded.get(i + 1).equals("much")
                    && folded.subList(at, folded.size()).stream().anyMatch(MeasureWords::paying)) {
                return Optional.of(Measure.MONEY); // "How much did the club pay for him?"
            }
            if (at >= folded.size()) {
                continue;
            }
            String unit = folded.get(at);
            Optional<Measure> asked = at == i + 1 ? MeasureWords.asked(unit) : Optional.empty();
            if (asked.isPresent()) {
                return asked;
            }
            Optional<Measure> named = MeasureWords.unit(unit);
            if (named.isPresent()) {
                return named;
            }
            if (howMany && MeasureWords.asked(unit).equals(Optional.of(Measure.MONEY))) {
                return Optional.of(Measure.MONEY); // "how much money"
            }
        }
        return Optional.empty();
    }

    private static QuestionType specific(List<String> folded, int i) {
        String next = i + 1 < folded.size() ? folded.get(i + 1) : "";
        String previous = i > 0 ? folded.get(i - 1) : "";
        return switch (folded.get(i)) {
            case "siapa", "siapakah", "who", "whom", "whose" -> PERSON;
            case "kapan", "kapankah", "when" -> TIME;
            case "dimana", "where" -> PLACE;
            case "mana", "manakah" -> Set.of("di", "ke", "dari").contains(previous) ? PLACE : null;
            case "mengapa", "kenapa", "why" -> REASON;
            case "bagaimana", "bagaimanakah" -> MANNER;
            case "how" -> Set.of("many", "much", "long", "far", "old", "high", "tall", "deep", "wide").contains(next)
                    ? NUMBER : MANNER;
            case "berapa", "berapakah" -> NUMBER;
            default -> null;
        };
    }
}
