package dev.kabar.text;

/**
 * A light, dictionary-free Indonesian stemmer for <em>matching</em>: it maps the inflected forms of
 * a word to one key, so {@code menandatangani}, {@code ditandatangani} and {@code penandatanganan}
 * all give {@code tandatangan}, and {@code mengatakan}, {@code dikatakan}, {@code katanya} meet too.
 *
 * <p>It strips, in order: a particle ({@code -lah -kah -tah -pun}), a possessive ({@code -nya -ku
 * -mu}), one derivational suffix ({@code -kan -an}, or {@code -i} after me-/di-/per- when five letters remain) and up to two prefixes ({@code me(N)- pe(N)-
 * di- ter- ber- per- ke- se-}), each only when at least four letters remain. Nasal prefixes hide the
 * root's first consonant ({@code menulis} ← {@code tulis}, {@code mengirim} ← {@code kirim}), which a
 * stemmer without a dictionary cannot restore; instead every key is normalised the same way
 * ({@code n}+vowel → {@code t}, {@code m}+vowel → {@code p}, {@code ny}+vowel → {@code s},
 * {@code k}+vowel → vowel), so both sides of a comparison agree. The result is therefore a key, not
 * always a dictionary word ({@code kata} gives {@code ata}). Input must be folded (see
 * {@link Terms#fold}); tokens with digits are returned unchanged.
 */
public final class IndonesianStemmer {

    private static final int MIN_ROOT = 4;

    private IndonesianStemmer() {}

    public static String stem(String folded) {
        if (folded.length() < 3 || !folded.chars().allMatch(Character::isLetter)) {
            return folded;
        }
        String w = stripEnding(folded, new String[] {"lah", "kah", "tah", "pun"}, MIN_ROOT + 1);
        w = stripEnding(w, new String[] {"nya", "ku", "mu"}, MIN_ROOT);
        String beforeSuffix = w;
        w = stripEnding(w, new String[] {"kan", "an"}, MIN_ROOT);
        // -i is a verb suffix of me-/di-/per- words (mendekati, didekati); roots end in -i too often
        // (janji, negeri, partai), and ber-/ke-/se- never take it (berjanji is ber + janji)
        // (headlines drop the prefix: "tandatangani"), so a bare word only loses it when long
        boolean verbal = w.startsWith("me") || w.startsWith("di") || w.startsWith("per")
                || w.length() >= 8 && !w.startsWith("ber") && !w.startsWith("ke") && !w.startsWith("se")
                        && !w.startsWith("ter");
        if (w.equals(beforeSuffix) && verbal) {
            w = stripEnding(w, new String[] {"i"}, MIN_ROOT + 1);
        }
        String once = stripPrefix(w);
        w = once.equals(w) ? w : stripPrefix(once);
        return canonical(w);
    }

    private static String stripEnding(String w, String[] endings, int minLeft) {
        for (String e : endings) {
            if (w.endsWith(e) && w.length() - e.length() >= minLeft) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    private static String stripPrefix(String w) {
        String root = w;
        if (w.startsWith("me") || w.startsWith("pe")) {
            root = w.startsWith("per") ? w.substring(3) : nasal(w.substring(2));
        } else if (w.startsWith("di") || w.startsWith("ke")) {
            root = w.substring(2);
        } else if (w.startsWith("ter") || w.startsWith("ber")) {
            root = w.substring(3);
        } else if (w.startsWith("bekerj")) {
            root = w.substring(2);
        } else if (w.startsWith("se") && w.length() > 2 && w.charAt(2) != 'n') {
            root = w.length() - 2 > MIN_ROOT ? w.substring(2) : w;
        }
        return root.length() >= MIN_ROOT ? root : w;
    }

    /** The root after {@code me}/{@code pe}, undoing nasal assimilation where the letters allow. */
    private static String nasal(String rest) {
        if (rest.startsWith("ng") && isVowel(rest, 2)) {
            return "k" + rest.substring(2); // kirim or ambil: canonical() drops the k either way
        }
        if (rest.startsWith("ng") && "ghk".indexOf(charAt(rest, 2)) >= 0) {
            return rest.substring(2);
        }
        if (rest.startsWith("ny") && isVowel(rest, 2)) {
            return rest;
        }
        if (rest.startsWith("n") && "cdjz".indexOf(charAt(rest, 1)) >= 0) {
            return rest.substring(1);
        }
        if (rest.startsWith("m") && "bfpv".indexOf(charAt(rest, 1)) >= 0) {
            return rest.substring(1);
        }
        if ((rest.startsWith("n") || rest.startsWith("m")) && isVowel(rest, 1)) {
            return rest;
        }
        return "lrwy".indexOf(charAt(rest, 0)) >= 0 ? rest : "";
    }

    /** One spelling for roots whose first consonant a nasal prefix may have replaced. */
    private static String canonical(String w) {
        if (w.startsWith("ny") && isVowel(w, 2)) {
            return "s" + w.substring(2);
        }
        if (w.startsWith("n") && isVowel(w, 1)) {
            return "t" + w.substring(1);
        }
        if (w.startsWith("m") && isVowel(w, 1)) {
            return "p" + w.substring(1);
        }
        if (w.startsWith("k") && isVowel(w, 1)) {
            return w.substring(1);
        }
        return w;
    }

    private static boolean isVowel(String s, int i) {
        return "aiueo".indexOf(charAt(s, i)) >= 0;
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }
}
