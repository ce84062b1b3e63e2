package dev.kabar.retrieval.lucene;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.lucene.QuestionWords.Word;
import dev.kabar.text.Language;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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
 *       {@link Fields#TITLE} ({@value #TITLE_BOOST}) and {@link Fields#HEAD} ({@value #HEAD_BOOST});
 *   <li>each pair of consecutive content words: a phrase with slop {@value #PAIR_SLOP} in
 *       {@link Fields#TEXT} ({@value #PAIR_BOOST}), so words that stand together in the question
 *       and the passage beat the same words scattered — applied as a second stage over the best
 *       candidates (see {@link Ranking});
 *   <li>each alias match ({@code Netherlands}, {@code DK PBB}): one disjunction-max over all
 *       variants of its group ({@value #ALIAS_BOOST}), so {@code Belanda}, {@code Netherlands} and
 *       {@code Holland} each count, but a passage using two of them is not counted twice; an English
 *       question's translations ({@code foreign ministry} → {@code kementerian luar negeri}) join
 *       the same way, each variant boosted by its weight (a dictionary's below 1).
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
    /**
     * A word among the headline's first three: the article is about it. Tuned with {@code kabar
     * eval} on the TyDiQA-id train dev set (R@1 0.507 → 0.520 / 0.528 / 0.527 at 0.6 / 1.2 / 2.0).
     */
    static final float HEAD_BOOST = 1.2f;
    static final float PAIR_BOOST = 0.8f;
    static final int PAIR_SLOP = 2;
    static final int MIN_FUZZY_LENGTH = 5;
    static final int MAX_FUZZY = 4;
    /** Longer "words" are junk, not misspellings; a fuzzy automaton over one costs up to a second of CPU. */
    static final int MAX_FUZZY_LENGTH = 40;
    static final float FUZZY_BOOST = 1.0f;
    static final float ALIAS_BOOST = 1.0f;
    static final int ALIAS_SLOP = 1;
    /** How much the second-best alias variant in a passage adds: a little, for corroboration. */
    static final float ALIAS_TIE_BREAKER = 0.1f;

    private final Analyzer analyzer;
    private final AliasTable aliases;
    private final VariantQueries variantQueries;
    private final Associations standIns;

    QueryBuilder(Analyzer analyzer, AliasTable aliases, Associations standIns) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.variantQueries = new VariantQueries(analyzer, ALIAS_SLOP);
        this.standIns = Objects.requireNonNull(standIns, "standIns");
    }

    /**
     * The stages of ranking: {@code match} finds and scores candidates (words and aliases: term
     * and short phrase queries that Lucene can prune by maximum score); {@code proximity} (pair
     * phrases, costly on frequent words) only re-scores the best {@link #RESCORE_WINDOW} of them,
     * adding its score; then {@link Coverage} of the question's words and alias groups re-scores
     * them again. {@code proximity} is null when the question has fewer than two words;
     * {@code coverage} is empty when no coverage stage runs (the baseline, English questions,
     * whose words are not the passages' words).
     */
    record Ranking(Query match, Query proximity, List<Coverage.Unit> coverage) {}

    /** How many first-stage candidates the proximity and coverage stages re-score. */
    static final int RESCORE_WINDOW = 100;

    /**
     * What holding all of the question's words and alias groups adds in the {@link Coverage}
     * stage, as a share of the best first-stage score. Tuned with {@code kabar eval} on a dev set
     * of TyDiQA-id train questions (R@1 0.46 → 0.51).
     */
    static final float COVERAGE_WEIGHT = 1.0f;

    /** The full ranking over an embedded index, whose reader gives the term counts. */
    Ranking build(String question, IndexReader reader) throws IOException {
        return build(question, CorpusStats.of(reader));
    }

    /** The full ranking; its match query matches nothing when the text has no content word or alias. */
    Ranking build(String question, CorpusStats stats) throws IOException {
        String text = QueryText.clean(question);
        List<Word> words = QuestionWords.of(text, analyzer, MAX_WORDS);
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        addWords(match, words);
        Language language = Language.detect(text);
        boolean indonesian = language == Language.ID;
        if (indonesian) { // English words are "unknown" to Indonesian text by nature
            addMisspellings(match, words, stats);
        }
        List<Coverage.Unit> aliasUnits = addAliases(match, text, words, language);
        BooleanQuery.Builder proximity = new BooleanQuery.Builder();
        addPairs(proximity, words);
        BooleanQuery pairs = proximity.build();
        List<Coverage.Unit> coverage = indonesian
                ? coverage(words, aliasUnits, standIns.synonyms().standIns(text, words, analyzer)) : List.of();
        return new Ranking(orNothing(match.build()), pairs.clauses().isEmpty() ? null : pairs, coverage);
    }

    /**
     * One unit per alias group and per distinct word outside them ("Netherlands" counts once, met by
     * "Belanda"); a word's learned stand-ins and its thesaurus {@code synonyms} (by stem) stand in for it.
     */
    private List<Coverage.Unit> coverage(List<Word> words, List<Coverage.Unit> aliasUnits,
            Map<String, List<Associations.StandIn>> synonyms) {
        Set<String> aliased = new HashSet<>();
        aliasUnits.forEach(u -> aliased.addAll(u.stems()));
        List<Coverage.Unit> units = new ArrayList<>(aliasUnits);
        words.stream().map(Word::stem).distinct().filter(s -> !aliased.contains(s))
                .forEach(s -> units.add(new Coverage.Unit(term(Fields.TEXT, s), List.of(s),
                        standIns(s, synonyms.getOrDefault(s, List.of())))));
        return units;
    }

    /**
     * How much a learned stand-in ({@link Associations}) of a question word counts in the coverage
     * stage, times its strength, at most as much as the word itself. Chosen with {@code kabar eval}
     * on the TyDiQA-id and IDK-MRC train dev sets (README "Evaluation": 2 raised TyDiQA R@5 a little
     * more, but lowered IDK-MRC R@1 and declined more answerable questions on both).
     */
    static final float STAND_IN_CREDIT = 1.0f;

    /** The learned stand-ins of {@code stem}, then its synonyms that are not among them. */
    private List<Associations.StandIn> standIns(String stem, List<Associations.StandIn> synonyms) {
        List<Associations.StandIn> out = new ArrayList<>(standIns.of(stem).stream()
                .map(a -> new Associations.StandIn(a.stem(), Math.min(1f, STAND_IN_CREDIT * a.strength())))
                .toList());
        Set<String> learned = new HashSet<>();
        out.forEach(a -> learned.add(a.stem()));
        synonyms.stream().filter(s -> !learned.contains(s.stem())).forEach(out::add);
        return out;
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
            clauses.add(boost(term(Fields.HEAD, w.stem()), HEAD_BOOST));
        }
        clauses.forEach(q -> query.add(q, Occur.SHOULD));
    }

    /**
     * A question word the index has never seen is likely misspelt or spelt another way
     * ({@code homeostatis}, {@code Bellarmine} for {@code Bellarminus}): it may match a close
     * spelling instead (edit distance 1, or 2 for long words; the first two letters fixed). Only
     * unseen words pay for the fuzzy expansion, so ordinary questions cost nothing extra.
     */
    private static void addMisspellings(BooleanQuery.Builder query, List<Word> words, CorpusStats stats)
            throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        for (Word w : words) {
            String exact = w.exact();
            if (exact.length() < MIN_FUZZY_LENGTH || exact.length() > MAX_FUZZY_LENGTH
                    || !seen.add(exact) || seen.size() > MAX_FUZZY || exact.chars().anyMatch(Character::isDigit)
                    || stats.docFreq(Fields.EXACT, exact) > 0) {
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

    /** Adds one clause per alias group; returns each group as a coverage unit. */
    private List<Coverage.Unit> addAliases(BooleanQuery.Builder query, String text, List<Word> words,
            Language language) {
        List<Token> tokens = Terms.scan(text);
        Set<Query> groups = new LinkedHashSet<>();
        List<Coverage.Unit> units = new ArrayList<>();
        for (AliasTable.Match match : aliases.find(tokens, language)) {
            if (groups.size() == MAX_ALIASES) {
                break;
            }
            List<String> span = tokens.subList(match.firstToken(), match.endToken()).stream()
                    .map(Token::folded)
                    .toList();
            List<List<String>> variants = new ArrayList<>(match.alternatives());
            List<Float> weights = new ArrayList<>(match.weights());
            variants.add(span);
            weights.add(1.0f);
            Set<Query> disjuncts = new LinkedHashSet<>();
            for (int v = 0; v < variants.size(); v++) {
                Query q = variantQueries.of(String.join(" ", variants.get(v)));
                if (q != null) {
                    disjuncts.add(boost(q, weights.get(v)));
                }
            }
            if (!disjuncts.isEmpty()) {
                Query group = new DisjunctionMaxQuery(disjuncts, ALIAS_TIE_BREAKER);
                if (groups.add(boost(group, ALIAS_BOOST))) {
                    List<String> stems = words.stream().filter(w -> span.contains(w.exact())).map(Word::stem).toList();
                    units.add(new Coverage.Unit(group, stems));
                }
            }
        }
        groups.forEach(q -> query.add(q, Occur.SHOULD));
        return units;
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
