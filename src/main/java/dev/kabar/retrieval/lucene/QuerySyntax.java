package dev.kabar.retrieval.lucene;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query kabar built, written in the classic query-parser syntax a remote engine parses back into
 * the same query — over fields that hold kabar's own analysed terms, split on whitespace (see
 * {@link RemoteDocuments}). Terms are quoted, so no character of theirs is read as syntax; a gap in a
 * phrase (a stop word the analyser dropped) is written as {@link RemoteDocuments#GAP}, which the
 * engine's analyser drops again and so keeps the gap. A disjunction-max is a nested
 * {@code {!maxscore tie=…}} query whose text travels in its own request parameter.
 */
final class QuerySyntax {

    private final Map<String, String> params = new LinkedHashMap<>();
    private final String prefix;

    private QuerySyntax(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The query's text, and the parameters it refers to.
     *
     * @param prefix names the parameters ({@code prefix1}, {@code prefix2}, …)
     */
    record Written(String query, Map<String, String> params) {}

    static Written write(Query query, String prefix) {
        QuerySyntax w = new QuerySyntax(prefix);
        String text = w.of(query);
        return new Written(text, Map.copyOf(w.params));
    }

    private String of(Query q) {
        if (q instanceof TermQuery t) {
            return term(t.getTerm());
        }
        if (q instanceof BoostQuery b) {
            return "(" + of(b.getQuery()) + ")^" + number(b.getBoost());
        }
        if (q instanceof PhraseQuery p) {
            return phrase(p);
        }
        if (q instanceof FuzzyQuery f) {
            return f.getField() + ":" + escape(f.getTerm().text()) + "~" + f.getMaxEdits();
        }
        if (q instanceof DisjunctionMaxQuery d) {
            StringBuilder any = new StringBuilder();
            for (Query disjunct : d.getDisjuncts()) {
                any.append(any.isEmpty() ? "" : " ").append(of(disjunct));
            }
            String name = prefix + (params.size() + 1);
            params.put(name, any.toString());
            return "{!maxscore tie=" + number(d.getTieBreakerMultiplier()) + " v=$" + name + "}";
        }
        if (q instanceof BooleanQuery b) {
            if (b.getMinimumNumberShouldMatch() > 0) {
                throw new IllegalArgumentException("no syntax for a minimum-should-match of " + b.getMinimumNumberShouldMatch());
            }
            StringBuilder all = new StringBuilder("(");
            for (BooleanClause c : b.clauses()) {
                all.append(all.length() == 1 ? "" : " ").append(occur(c.occur())).append(of(c.query()));
            }
            return all.append(')').toString();
        }
        throw new IllegalArgumentException("no syntax for " + q.getClass().getSimpleName() + ": " + q);
    }

    private static String occur(BooleanClause.Occur occur) {
        return switch (occur) {
            case MUST, FILTER -> "+";
            case MUST_NOT -> "-";
            case SHOULD -> "";
        };
    }

    private static String term(Term t) {
        return t.field() + ":\"" + quoted(t.text()) + "\"";
    }

    private static String phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                words.append(' ');
                words.append((RemoteDocuments.GAP + " ").repeat(Math.max(0, positions[i] - positions[i - 1] - 1)));
            }
            words.append(quoted(terms[i].text()));
        }
        return p.getField() + ":\"" + words + "\"" + (p.getSlop() > 0 ? "~" + p.getSlop() : "");
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Every character the classic syntax reads as an operator, escaped. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\+-!():^[]\"{}~*?|&/;".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String number(float f) {
        return String.format(Locale.ROOT, "%s", f);
    }
}
