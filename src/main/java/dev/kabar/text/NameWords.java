package dev.kabar.text;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words that often open or close a name without identifying it: titles, ranks and kinds of place
 * or body ({@code Kabupaten Pasaman Barat}, {@code Santo Fransiskus}, {@code Kiai Haji Achmad}).
 * A name is recognised by its other words, so {@code Kabupaten Mantan Barat} is not
 * {@code Kabupaten Pasaman Barat}. Folded forms (see {@link Terms#fold}).
 */
public final class NameWords {

    private NameWords() {}

    private static final Set<String> GENERIC = Set.of(
            "kabupaten", "kab", "kota", "provinsi", "kecamatan", "desa", "kelurahan", "dusun", "kampung", "jalan",
            "pulau", "gunung", "sungai", "danau", "laut", "selat", "teluk", "tanjung", "bukit", "lembah", "pantai",
            "utara", "selatan", "barat", "timur", "tengah", "raya", "besar", "kecil", "baru", "lama", "atas", "bawah",
            "kerajaan", "kesultanan", "kekaisaran", "republik", "negara", "bandar", "udara", "pelabuhan", "stasiun",
            "universitas", "institut", "sekolah", "partai", "perusahaan", "pt", "bank", "kementerian", "dinas",
            "presiden", "wakil", "menteri", "raja", "ratu", "sultan", "pangeran", "putri", "kaisar", "paus",
            "santo", "santa", "st", "nabi", "kiai", "kyai", "haji", "hajjah", "h", "hj", "kh", "dr", "ir", "prof",
            "jenderal", "kolonel", "mayor", "kapten", "letnan", "bapak", "ibu", "tuan", "nyonya", "sir", "lord",
            "suku", "bangsa", "bahasa", "agama", "perang", "pertempuran", "perjanjian", "invasi", "operasi",
            "the", "of", "de", "van", "von", "bin", "binti", "al", "el", "dan", "di", "ke", "dari",
            "north", "south", "east", "west", "new", "saint", "king", "queen", "president", "university");

    private static final Set<String> GENERIC_STEMS =
            GENERIC.stream().map(IndonesianStemmer::stem).collect(Collectors.toUnmodifiableSet());

    /** Whether a folded word, or the stem of one (see {@link IndonesianStemmer}), is generic. */
    public static boolean isGeneric(String word) {
        return GENERIC.contains(word) || GENERIC_STEMS.contains(word);
    }
}
