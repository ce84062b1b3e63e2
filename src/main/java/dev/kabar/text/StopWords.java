package dev.kabar.text;

import java.util.Set;

/**
 * Function words and question words of Indonesian and English (folded, see {@link Terms}). They
 * carry no content a passage must contain to answer a question. The one list of them: searches,
 * question analysis, briefings and the composers all read it; the few weak words a search keeps but
 * a question's key terms leave out are {@link #weak}.
 */
public final class StopWords {

    private StopWords() {}

    private static final Set<String> WORDS = Set.of(
            // Indonesian question words and function words
            "apa", "apakah", "siapa", "siapakah", "kapan", "kapankah", "dimana", "di", "mana", "manakah",
            "mengapa", "kenapa", "bagaimana", "bagaimanakah", "berapa", "berapakah", "yang", "dan", "atau",
            "ke", "dari", "dengan", "untuk", "pada", "itu", "ini", "tersebut", "tentang", "oleh", "adalah",
            "ialah", "merupakan", "sebagai", "dalam", "akan", "telah", "sudah", "sedang", "masih", "juga",
            "saja", "pun", "lah", "kah", "tah", "nya", "para", "sang", "si", "se", "bagi", "agar", "supaya",
            "karena", "sebab", "jika", "kalau", "bahwa", "namun", "tetapi", "tapi", "serta", "lalu",
            "kemudian", "hal", "ada", "tidak", "bukan", "belum", "bisa", "dapat", "harus", "ia", "dia",
            "mereka", "kami", "kita", "saya", "anda", "kamu", "beliau", "sini", "situ", "sana",
            "antara", "secara", "hingga", "sampai", "sejak", "setelah", "sebelum", "saat", "ketika",
            "per", "pula", "lagi", "sangat", "lebih", "paling", "sebuah", "seorang", "suatu", "tiap",
            "setiap", "semua", "banyak", "beberapa", "jadi", "menjadi", "yakni", "yaitu", "maupun", "baik",
            "sih", "dong", "kok", "deh", "ya", "tolong", "jelaskan", "sebutkan", "ceritakan", "beri",
            "berikan", "tahu", "diketahui", "apa-apa", "bila",
            // English question words and function words
            "the", "a", "an", "what", "who", "whom", "whose", "when", "where", "why", "how", "which",
            "is", "are", "was", "were", "be", "been", "being", "did", "does", "do", "done", "of", "to",
            "and", "or", "in", "on", "at", "by", "for", "with", "about", "from", "into", "over", "than",
            "that", "this", "these", "those", "it", "its", "they", "them", "their", "he", "she", "his",
            "her", "we", "our", "you", "your", "i", "me", "my", "there", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "much", "many", "any", "some", "tell",
            "please", "brief", "explain", "describe", "know", "not", "no", "as", "so", "if", "then", "mean",
            "meaning", "definition", "since", "after", "before", "until", "till", "between", "among",
            "during", "while", "also", "because", "but", "both", "very", "more", "most", "each", "every",
            "all", "such", "just", "only", "still", "already", "yet", "again", "whether");

    /**
     * Function words left out of the list above because a search may want them ("sanksi
     * <i>terhadap</i> Negara A", "<i>soal</i> nuklir"), and the stems English contractions leave
     * ({@code doesn}, {@code isn}): too weak to be what a question asks about.
     */
    private static final Set<String> WEAK = Set.of("terhadap", "kepada", "mengenai", "soal", "atas", "usai",
            "does", "doesn", "didn", "isn", "aren", "wasn", "weren", "dimanakah", "bilamana", "bilakah");

    public static boolean contains(String foldedToken) {
        return WORDS.contains(foldedToken);
    }

    /** Whether the word is a weak function word that searches keep but that never alone names what is asked. */
    public static boolean weak(String foldedToken) {
        return WEAK.contains(foldedToken);
    }
}
