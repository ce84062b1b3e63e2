package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.AliasTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made Indonesian news articles, one passage per paragraph, with exact offsets. */
final class NewsFixtures {

    private NewsFixtures() {}

    static AliasTable aliases() {
        return AliasTable.load(Path.of("config/aliases.txt"), Path.of("data/corpus-aliases.txt"));
    }

    static Article article(String id, String title, String... paragraphs) {
        return article(new ArticleMeta(id, title, "Kabar Harian", "Redaksi", LocalDate.of(2024, 6, 20),
                "https://example.org/" + id, "id"), paragraphs);
    }

    static Article article(ArticleMeta meta, String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<Passage> passages = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            int start = text.indexOf(paragraphs[i], from);
            int end = start + paragraphs[i].length();
            passages.add(Passage.of(meta.id(), i + 1, paragraphs[i], start, end));
            from = end;
        }
        return new Article(meta, text, passages);
    }

    /** Five short articles; ids deliberately not in alphabetical order. */
    static List<Article> news() {
        return List.of(
                article("pakta", "Putin dan Kim Jong Un teken pakta pertahanan",
                        "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani "
                                + "perjanjian kemitraan strategis komprehensif di Pyongyang pada Rabu (19/6/2024).",
                        "Perjanjian itu mewajibkan kedua negara memberikan bantuan militer jika salah satu "
                                + "pihak diserang.",
                        "Putin berjanji mendukung Pyongyang melawan sanksi Dewan Keamanan PBB yang disebutnya "
                                + "tidak sah."),
                article("reaksi", "Seoul dan Tokyo kecam kerja sama militer Moskow",
                        "Kementerian Luar Negeri Korea Selatan menyatakan penyesalan atas pakta tersebut.",
                        "Wakil Menteri Luar Negeri Korea Selatan, Kim Hong Kyun, memanggil Duta Besar Rusia di "
                                + "Seoul, Georgy Zinoviev, untuk memprotes kerja sama militer Korut dan Moskow.",
                        "Sekretaris Kabinet Jepang Yoshimasa Hayashi mengatakan Tokyo sangat prihatin."),
                article("amerika", "Washington pantau pakta Moskow",
                        "Juru bicara Departemen Luar Negeri Amerika Serikat Matthew Miller mengatakan pihaknya "
                                + "memantau hubungan itu dengan cermat.",
                        "Sanksi baru dijatuhkan terhadap perusahaan yang membantu pengiriman senjata."),
                article("beras", "Harga beras naik menjelang Lebaran",
                        "Harga beras di pasar tradisional Jakarta naik sepuluh persen pekan ini.",
                        "Pedagang mengatakan pasokan dari Jawa Tengah berkurang karena musim kemarau."),
                article("rudal", "Peluncuran rudal terbaru",
                        "Korut kembali meluncurkan rudal balistik ke Laut Timur, menurut militer Seoul."));
    }
}
