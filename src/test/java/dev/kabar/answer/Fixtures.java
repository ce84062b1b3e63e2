package dev.kabar.answer;

import dev.kabar.answer.decline.DeclineModel;
import dev.kabar.answer.extractive.ExtractiveComposer;
import dev.kabar.answer.extractive.ExtractiveSettings;
import dev.kabar.answer.extractive.SentenceChooser;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.AliasTable;
import dev.kabar.retrieval.Hit;
import java.nio.file.Path;
import java.time.LocalDate;

/** Hand-made hits over a small invented news story (not the bundled corpus). */
public final class Fixtures {

    private Fixtures() {}

    public static final AliasTable ALIASES = AliasTable.load(Path.of("config/aliases.txt"), Path.of("data/corpus-aliases.txt"));

    /** The bundled models, loaded once for every test's composer. */
    public static final ExtractiveComposer.Models MODELS =
            new ExtractiveComposer.Models(DeclineModel.bundled(), SentenceChooser.bundled());

    public static final String SIGNED = "Menteri Perdagangan Budi Santoso menandatangani perjanjian dagang dengan Jepang"
            + " di Tokyo pada Selasa (14/5/2024).";
    public static final String TARIFF = "Perjanjian itu menurunkan tarif untuk 1.200 produk ekspor Indonesia.";
    public static final String SAID = "Budi mengatakan kesepakatan tersebut akan meningkatkan ekspor hingga 15 persen.";
    public static final String TARIFF_OTHER_OUTLET =
            "Perjanjian itu menurunkan tarif untuk 1.200 produk ekspor Indonesia, kata kementerian.";
    public static final String WELCOMED = "Pemerintah Jepang menyambut baik kesepakatan itu karena memperkuat rantai pasok"
            + " kawasan.";
    public static final String SUMMIT = "Presiden Korea Selatan Yoon Suk Yeol bertemu Perdana Menteri Jepang Fumio Kishida"
            + " di Seoul pada Kamis.";
    public static final String MISSILES = "Keduanya membahas ancaman rudal Korea Utara yang meningkat sejak awal tahun.";

    public static Hit hit(String articleId, int ordinal, String text, double score) {
        ArticleMeta meta = new ArticleMeta(articleId, "Judul " + articleId, "Outlet " + articleId, "",
                LocalDate.of(2024, 5, 15), "", "id");
        return new Hit(Passage.of(articleId, ordinal, text, 0, text.length()), meta, score);
    }

    public static ExtractiveComposer composer() {
        return new ExtractiveComposer(ALIASES, ExtractiveSettings.defaults(), MODELS);
    }
}
