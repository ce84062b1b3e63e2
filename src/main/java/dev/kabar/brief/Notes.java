package dev.kabar.brief;

import dev.kabar.text.Language;

/** Why a briefing found nothing, in the topic's language. */
final class Notes {

    private Notes() {}

    static String nothingOn(Language l, String topic) {
        String shown = topic.length() > 80 ? topic.substring(0, 80) + "…" : topic;
        return l == Language.EN ? "Nothing found: no article covers “" + shown + "”. Try another topic or no topic."
                : "Tidak ditemukan: tidak ada artikel tentang “" + shown + "”. Coba topik lain atau tanpa topik.";
    }

    static String emptyCollection(Language l) {
        return l == Language.EN ? "Nothing found: the collection has no articles. Index a corpus first."
                : "Tidak ditemukan: koleksi belum berisi artikel. Indeks korpus terlebih dahulu.";
    }
}
