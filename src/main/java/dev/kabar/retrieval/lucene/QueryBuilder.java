package dev.kabar.retrieval.lucene;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.lucene.QuestionWords.Word;
import dev.kabar.text.Language;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a free-text question without any query syntax: the text is only
 * ever analysed, never parsed, so {@code title:foo~2^3} or {@code "*:(} are plain words.
 *
 * <p>All clauses are SHOULD, so a passage matching more of them scores higher:
 *
 * <ul>
 *   <li>each distinct content word: its stem in {@link Fields#TEXT} (boost {@value #TEXT_BOOST}),
 *       its written form in {@link Fields#EXACT} ({@value #EXACT_BOOST}) and its stem in
 *       {@link Fields#TITLE} ({@value #TITLE_BOOST});
 *   <li>each pair of consecutive content words: a phrase with slop {@value #PAIR_SLOP} in
 *       {@link Fields#TEXT} ({@value #PAIR_BOOST}), so words that stand together in the question
 *       and the passage beat the same words scattered — applied as a second stage over the best
 *       candidates (see {@link Ranking});
 *   <li>each alias match ({@code North Korea}, {@code DK PBB}): one disjunction-max over all
 *       variants of its group ({@value #ALIAS_BOOST}), so {@code Korea Utara}, {@code Korut} and
 *       {@code DPRK} each count, but a passage using two of them is not counted twice.
 * </ul>
 *
 * Word, pair and alias counts are capped, which bounds the query at a few hundred clauses for any
 * input length.
 */
final class QueryBuilder {

    static final int MAX_WORDS = 64;
    static final int MAX_PAIRS = 16;
    static final int MAX_ALIASES = 16;
    static final float TEXT_BOOST = 1.0f;
    static final float EXACT_BOOST = 0.4f;
    static final float TITLE_BOOST = 0.6f;
    static final float PAIR_BOOST = 0.8f;
    static final int PAIR_SLOP = 2;
    static final int MIN_FUZZY_LENGTH = 5;
    static final int MAX_FUZZY = 4;
    static final float FUZZY_BOOST = 1.0f;
    static final float ALIAS_BOOST = 1.0f;
    static final int ALIAS_SLOP = 1;
    /** How much the second-best alias variant in a passage adds: a little, for corroboration. */
    static final float ALIAS_TIE_BREAKER = 0.1f;

    private final Analyzer analyzer;
    private final AliasTable aliases;
    private final org.apache.lucene.util.QueryBuilder phrases;

    QueryBuilder(Analyzer analyzer, AliasTable aliases) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.phrases = new org.apache.lucene.util.QueryBuilder(analyzer);
    }

    /**
     * The stages of ranking: {@code match} finds and scores candidates (words and aliases: term
     * and short phrase queries that Lucene can prune by maximum score); {@code proximity} (pair
     * phrases, costly on frequent words) only re-scores the best {@link #RESCORE_WINDOW} of them,
     * adding its score; then the {@link #coverage} of the distinct {@code stems} re-scores them
     * again. {@code proximity} is null when the question has fewer than two words; {@code stems}
     * is empty when no coverage stage runs.
     */
    record Ranking(Query match, Query proximity, List<String> stems) {}

    /** How many first-stage candidates the proximity and coverage stages re-score. */
    static final int RESCORE_WINDOW = 100;

    /**
     * What holding all of the question's words adds in the coverage stage, as a share of the best
     * first-stage score: BM25 lets a passage repeating one word outscore one holding every word,
     * and the passage that answers a question usually holds most of its rare words. Tuned with
     * {@code kabar eval} on a dev set of TyDiQA-id train questions (R@1 0.46 → 0.51).
     */
    static final float COVERAGE_WEIGHT = 1.0f;

    /** The full ranking; its match query matches nothing when the text has no content word or alias. */
    Ranking build(String question, IndexReader reader) throws IOException {
        String text = QueryText.clean(question);
        List<Word> words = QuestionWords.of(text, analyzer, MAX_WORDS);
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        addWords(match, words);
        if (Language.detect(text) == Language.ID) { // English words are "unknown" to Indonesian text by nature
            addMisspellings(match, words, reader);
        }
        addAliases(match, text);
        BooleanQuery.Builder proximity = new BooleanQuery.Builder();
        addPairs(proximity, words);
        BooleanQuery pairs = proximity.build();
        List<String> stems = words.stream().map(Word::stem).distinct().toList();
        return new Ranking(orNothing(match.build()), pairs.clauses().isEmpty() ? null : pairs, stems);
    }

    /**
     * Rarity-weighted coverage of the question's stems, each matched stem worth its share of the
     * summed IDF times {@code scale}: a passage holding all the question's rare words gains
     * {@code scale}.
     */
    static Query coverage(List<String> stems, IndexReader reader, float scale) throws IOException {
        int n = Math.max(1, reader.numDocs());
        List<Term> terms = new ArrayList<>();
        List<Double> idfs = new ArrayList<>();
        double sum = 0;
        for (String stem : stems) {
            Term t = new Term(Fields.TEXT, stem);
            int df = reader.docFreq(t);
            if (df > 0) {
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                terms.add(t);
                idfs.add(idf);
                sum += idf;
            }
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            q.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(terms.get(i))), (float) (scale * idfs.get(i) / sum)),
                    Occur.SHOULD);
        }
        return q.build();
    }

    /** The evaluation baseline: Lucene's BM25 over stemmed {@link Fields#TEXT} words only. */
    Query plain(String question) {
        List<Word> words = QuestionWords.of(QueryText.clean(question), analyzer, MAX_WORDS);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.stream().map(Word::stem).distinct().forEach(s -> query.add(term(Fields.TEXT, s), Occur.SHOULD));
        return orNothing(query.build());
    }

    private static void addWords(BooleanQuery.Builder query, List<Word> words) {
        Set<Query> clauses = new LinkedHashSet<>();
        for (Word w : words) {
            clauses.add(boost(term(Fields.TEXT, w.stem()), TEXT_BOOST));
            clauses.add(boost(term(Fields.EXACT, w.exact()), EXACT_BOOST));
            clauses.add(boost(term(Fields.TITLE, w.stem()), TITLE_BOOST));
        }
        clauses.forEach(q -> query.add(q, Occur.SHOULD));
    }

    /**
     * A question word the index has never seen is likely misspelt or spelt another way
     * ({@code homeostatis}, {@code Bellarmine} for {@code Bellarminus}): it may match a close
     * spelling instead (edit distance 1, or 2 for long words; the first two letters fixed). Only
     * unseen words pay for the fuzzy expansion, so ordinary questions cost nothing extra.
     */
    private static void addMisspellings(BooleanQuery.Builder query, List<Word> words, IndexReader reader)
            throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        for (Word w : words) {
            String exact = w.exact();
            if (exact.length() < MIN_FUZZY_LENGTH || !seen.add(exact) || seen.size() > MAX_FUZZY
                    || exact.chars().anyMatch(Character::isDigit) || reader.docFreq(new Term(Fields.EXACT, exact)) > 0) {
                continue;
            }
            int edits = exact.length() >= 8 ? 2 : 1;
            query.add(boost(new FuzzyQuery(new Term(Fields.EXACT, exact), edits, 2, 16, true), FUZZY_BOOST),
                    Occur.SHOULD);
        }
    }

    private static void addPairs(BooleanQuery.Builder query, List<Word> words) {
        Set<Query> pairs = new LinkedHashSet<>();
        for (int i = 1; i < words.size() && pairs.size() < MAX_PAIRS; i++) {
            String a = words.get(i - 1).stem();
            String b = words.get(i).stem();
            if (!a.equals(b)) {
                pairs.add(boost(new PhraseQuery(PAIR_SLOP, Fields.TEXT, a, b), PAIR_BOOST));
            }
        }
        pairs.forEach(q -> query.add(q, Occur.SHOULD));
    }

    private void addAliases(BooleanQuery.Builder query, String text) {
        List<Token> tokens = Terms.scan(text);
        Set<Query> groups = new LinkedHashSet<>();
        for (AliasTable.Match match : aliases.find(tokens)) {
            if (groups.size() == MAX_ALIASES) {
                break;
            }
            List<List<String>> variants = new ArrayList<>(match.alternatives());
            variants.add(tokens.subList(match.firstToken(), match.endToken()).stream()
                    .map(Token::folded)
                    .toList());
            Set<Query> disjuncts = new LinkedHashSet<>();
            for (List<String> variant : variants) {
                Query q = variantQuery(String.join(" ", variant));
                if (q != null) {
                    disjuncts.add(q);
                }
            }
            if (!disjuncts.isEmpty()) {
                groups.add(boost(new DisjunctionMaxQuery(disjuncts, ALIAS_TIE_BREAKER), ALIAS_BOOST));
            }
        }
        groups.forEach(q -> query.add(q, Occur.SHOULD));
    }

    /**
     * Stemmed phrase in TEXT; when the Indonesian stop list erases the variant, all its words in
     * EXACT (which has no positions); null when nothing is left.
     */
    private Query variantQuery(String variant) {
        Query q = phrases.createPhraseQuery(Fields.TEXT, variant, ALIAS_SLOP);
        return q != null ? q : phrases.createBooleanQuery(Fields.EXACT, variant, Occur.MUST);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query boost(Query q, float boost) {
        return boost == 1.0f ? q : new BoostQuery(q, boost);
    }

    private static Query orNothing(BooleanQuery query) {
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("no content words") : query;
    }
}
