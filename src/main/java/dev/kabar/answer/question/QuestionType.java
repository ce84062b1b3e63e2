package dev.kabar.answer.question;

import java.util.List;
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
            case "how" -> next.equals("many") || next.equals("much") || next.equals("long") ? NUMBER : MANNER;
            case "berapa", "berapakah" -> NUMBER;
            default -> null;
        };
    }
}
