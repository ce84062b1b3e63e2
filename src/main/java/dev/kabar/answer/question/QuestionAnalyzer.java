package dev.kabar.answer.question;

import dev.kabar.retrieval.AliasTable;
import dev.kabar.text.DeedFrames;
import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.Language;
import dev.kabar.text.MemberFrames;
import dev.kabar.text.RoleWords;
import dev.kabar.text.SpeakerFrames;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a question: its {@link QuestionType} and its key terms. Names are capitalised words or runs
 * of them ({@code Lee Min Ho}); a lone capitalised first word is not a name, since every question
 * starts with a capital. Alias phrases ({@code Netherlands} ≡ {@code Belanda} ≡ {@code Holland})
 * become one term carrying every variant. Role words ({@code Presiden}, {@code Duta Besar}) are
 * capitalised in titles but are not names, so they count as content words.
 */
public final class QuestionAnalyzer {


    /**
     * Words that frame what is asked ("Apa <i>nama</i> …", "Di mana <i>letak</i> …", "Apa yang
     * <i>dimaksud</i> dengan …") rather than what it is about: a passage answers "Dimanakah letak
     * Kabupaten Subang?" with "Kabupaten Subang adalah sebuah kabupaten di …", never using
     * {@code letak}. They are soft terms: they nudge sentence scores but are not evidence a
     * passage must hold. Checked with {@code kabar eval} on TyDiQA-id and IDK-MRC train questions.
     */
    private static final Set<String> FRAME_WORDS = Set.of("nama", "bernama", "dimaksud", "maksud", "pengertian",
            "definisi", "arti", "artinya", "letak", "terletak", "kepanjangan", "singkatan", "istilah",
            "pertama", "terakhir", "kali", "disebut", "jenis", "mulai");

    /** Markup pasted with a question ({@code <b>}, {@code </i>}): no words of it. */
    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][^<>]{0,40}>");

    private final AliasTable aliases;

    /** Whether a folded word names a role or title rather than someone. */
    public static boolean isRole(String folded) {
        return RoleWords.contains(folded);
    }

    public QuestionAnalyzer(AliasTable aliases) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    public QuestionProfile analyze(String question, Language language) {
        String read = MARKUP.matcher(question).replaceAll(" ");
        List<Token> tokens = Terms.scan(shouted(read) ? read.toLowerCase(Locale.ROOT) : read);
        int tail = tailStart(read);
        List<String> folded = tokens.stream().map(Token::folded).toList();
        Map<Integer, AliasTable.Match> aliasAt = new HashMap<>();
        aliases.find(tokens, language).forEach(m -> aliasAt.put(m.firstToken(), m));
        Map<List<List<String>>, KeyTerm> terms = new LinkedHashMap<>();
        int[] slot = SpeakerFrames.speakerSlot(folded, language);
        List<KeyTerm> speaker = new ArrayList<>();
        Map<Integer, KeyTerm> termAt = new HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            AliasTable.Match alias = aliasAt.get(i);
            int end = alias != null ? alias.endToken() : nameEnd(tokens, i, aliasAt);
            KeyTerm term = alias != null ? aliasTerm(tokens, alias) : plainTerm(tokens, i, end, language);
            if (term != null && tokens.get(i).start() >= tail) {
                term = new KeyTerm(term.text(), KeyTerm.Kind.SOFT, term.variants());
            }
            if (term != null) {
                terms.putIfAbsent(term.variants(), term);
                if (slot != null && slot[0] <= i && i < slot[1] && term.kind() != KeyTerm.Kind.SOFT
                        && !term.asksForSaying()) {
                    speaker.add(term);
                }
                for (int k = i; k < end; k++) {
                    termAt.put(k, term);
                }
            }
            i = Math.max(end, i + 1);
        }
        Set<String> stems = folded.stream().map(IndonesianStemmer::stem).collect(Collectors.toSet());
        return new QuestionProfile(question, language, QuestionType.detect(folded), List.copyOf(terms.values()), stems,
                QuestionType.measure(folded), speaker,
                contentTermAt(termAt, MemberFrames.kindAt(folded, language)),
                contentTermAt(termAt, DeedFrames.deedAt(folded, language)));
    }

    /** The content term read at token {@code index} (-1: none asked for), if the word there is one. */
    private static Optional<KeyTerm> contentTermAt(Map<Integer, KeyTerm> termAt, int index) {
        return Optional.ofNullable(termAt.get(index)).filter(t -> t.kind() == KeyTerm.Kind.CONTENT);
    }

    /**
     * Where the words after the question stop asking: past its first question mark, when words
     * follow it ({@code Apa isi pasal 4? <b>tebal</b> "kutip"}). Those stray words are soft terms:
     * they may nudge a sentence's score, but a passage lacking them is no reason to decline.
     */
    private static int tailStart(String question) {
        int mark = question.indexOf('?');
        boolean asked = mark > 0 && question.substring(0, mark).chars().anyMatch(Character::isLetter);
        return asked ? mark : Integer.MAX_VALUE;
    }

    private static KeyTerm aliasTerm(List<Token> tokens, AliasTable.Match m) {
        List<Token> span = tokens.subList(m.firstToken(), m.endToken());
        if (span.stream().allMatch(QuestionAnalyzer::stopWord)) {
            return null;
        }
        List<List<String>> variants = new ArrayList<>();
        variants.add(stems(span.stream().map(Token::folded).toList()));
        m.alternatives().forEach(v -> variants.add(stems(v)));
        boolean named = m.translated() ? m.source() == AliasTable.Source.TRANSLATED_NAME
                : isNamed(span, m.firstToken()) && !RoleWords.contains(span.getFirst().folded());
        return new KeyTerm(surface(span), named ? KeyTerm.Kind.ENTITY : KeyTerm.Kind.CONTENT, variants);
    }

    private static KeyTerm plainTerm(List<Token> tokens, int from, int end, Language language) {
        List<Token> span = tokens.subList(from, end);
        Token first = span.getFirst();
        List<List<String>> variants = List.of(stems(span.stream().map(Token::folded).toList()));
        if (Terms.isNumber(first.folded())) {
            return new KeyTerm(first.surface(), KeyTerm.Kind.NUMBER, variants);
        }
        // a capitalised question word ("Ada Berapa …") names nothing; an acronym ("AS") is a name
        if (span.size() == 1 && (stopWord(first) || StopWords.weak(first.folded())
                || first.folded().length() < 2)) {
            return null;
        }
        if (span.size() > 1 || isNamed(span, from) && !RoleWords.contains(first.folded())) {
            return new KeyTerm(surface(span), KeyTerm.Kind.ENTITY, variants);
        }
        if (FRAME_WORDS.contains(first.folded())) {
            return new KeyTerm(first.surface(), KeyTerm.Kind.SOFT, variants);
        }
        if (language == Language.EN) {
            return englishTerm(first);
        }
        return new KeyTerm(first.surface(), KeyTerm.Kind.CONTENT, variants);
    }

    /**
     * An English word the alias table does not translate counts only when a verb of saying can
     * meet it; otherwise it is "soft" and cannot vouch for an answer.
     */
    private static KeyTerm englishTerm(Token word) {
        List<List<String>> variants = List.of(stems(List.of(word.folded())));
        KeyTerm content = new KeyTerm(word.surface(), KeyTerm.Kind.CONTENT, variants);
        return content.asksForSaying() ? content : new KeyTerm(word.surface(), KeyTerm.Kind.SOFT, variants);
    }

    /** A stopword, unless written as an acronym: "AS" in an Indonesian question is a country's short form, not "as". */
    private static boolean stopWord(Token t) {
        return StopWords.contains(t.folded()) && !(t.allCaps() && t.surface().length() > 1);
    }

    /** End of the capitalised name starting at {@code i}, or {@code i + 1} when none starts there. */
    private static int nameEnd(List<Token> tokens, int i, Map<Integer, AliasTable.Match> aliasAt) {
        if (!startsName(tokens.get(i))) {
            return i + 1;
        }
        int j = i + 1;
        while (j < tokens.size() && startsName(tokens.get(j)) && !aliasAt.containsKey(j)) {
            j++;
        }
        return j;
    }

    private static boolean startsName(Token t) {
        return t.capitalized() && !StopWords.contains(t.folded()) && !RoleWords.contains(t.folded());
    }

    /** Capitalised for a reason other than starting the question. */
    private static boolean isNamed(List<Token> span, int from) {
        if (from > 0 || span.size() > 1) {
            return span.stream().anyMatch(Token::capitalized);
        }
        return span.getFirst().allCaps() && span.getFirst().surface().length() > 1;
    }

    /**
     * A question typed in capitals ({@code KAPAN PERJANJIAN DITANDATANGANI?}) says nothing about names:
     * read as one long name it would need a passage with every word in capitals.
     */
    static boolean shouted(String question) {
        long words = Terms.scan(question).stream().filter(t -> t.surface().chars().anyMatch(Character::isLetter)).count();
        return words >= 3 && question.chars().noneMatch(Character::isLowerCase);
    }

    private static List<String> stems(List<String> folded) {
        return folded.stream().map(IndonesianStemmer::stem).toList();
    }

    private static String surface(List<Token> span) {
        return span.stream().map(Token::surface).collect(Collectors.joining(" "));
    }
}
