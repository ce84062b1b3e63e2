package dev.kabar.answer.extractive;

import dev.kabar.answer.question.QuestionAnalyzer;
import dev.kabar.answer.question.QuestionProfile;
import dev.kabar.text.StopWords;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the person or organisation a {@code siapa}/{@code who} question asks for: a run of
 * capitalised words in the sentence, minus role words ({@code Wakil Menteri ...}) and the question's
 * own names, nearest to where the question's words matched; full names beat single words.
 */
final class Names {

    private Names() {}

    private record Run(int from, int to, String text) {}

    static Optional<String> closestName(QuestionProfile q, Candidate c) {
        List<Integer> anchors = c.anchors(q);
        Run best = null;
        double bestCost = Double.MAX_VALUE;
        for (Run run : runs(q, c)) {
            double cost = distance(run, anchors) - (run.to() - run.from() > 1 ? 1.5 : 0);
            if (cost < bestCost) {
                best = run;
                bestCost = cost;
            }
        }
        return Optional.ofNullable(best).map(Run::text);
    }

    private static List<Run> runs(QuestionProfile q, Candidate c) {
        Set<Integer> asked = new HashSet<>();
        q.terms().forEach(t -> t.matchIn(c.stems()).positions().forEach(p -> {
            for (int k = 0; k < t.variants().stream().mapToInt(List::size).max().orElse(1); k++) {
                asked.add(p + k);
            }
        }));
        List<Run> runs = new ArrayList<>();
        List<Token> tokens = c.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNamePart(q, c, i) || asked.contains(i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && isNamePart(q, c, j) && !asked.contains(j) && adjacent(c.text(), tokens.get(j - 1), tokens.get(j))) {
                j++;
            }
            // the first word of a sentence is capitalised anyway; alone it is no evidence of a name
            if (i > 0 || j - i > 1) {
                runs.add(new Run(i, j, c.text().substring(tokens.get(i).start(), tokens.get(j - 1).end())));
            }
            i = j;
        }
        return runs;
    }

    static boolean isNamePart(QuestionProfile q, Candidate c, int i) {
        Token t = c.tokens().get(i);
        return t.capitalized()
                && !StopWords.contains(t.folded())
                && !QuestionAnalyzer.isRole(t.folded())
                && !AnswerTypeCues.isCalendarWord(t.surface())
                && !q.questionStems().contains(c.stems().get(i));
    }

    private static boolean adjacent(String text, Token a, Token b) {
        String between = text.substring(a.end(), b.start());
        return between.isBlank() || between.equals("-");
    }

    private static double distance(Run run, List<Integer> anchors) {
        int best = Integer.MAX_VALUE;
        for (int a : anchors) {
            int d = a < run.from() ? run.from() - a : a >= run.to() ? a - run.to() + 1 : 0;
            best = Math.min(best, d);
        }
        return anchors.isEmpty() ? run.from() : best;
    }
}
