package dev.kabar.adapter.telegram;

import dev.kabar.retrieval.ArticleSummary;
import java.util.List;

/** The bot's own sentences, in Indonesian and English, as escaped HTML. */
final class Texts {

    private Texts() {}

    static String help(Lang l, LibraryFacts f) {
        String range = f.from() == null ? "" : l.pick(", terbit ", ", published ") + f.from()
                + (f.to().equals(f.from()) ? "" : " – " + f.to());
        String outlets = f.outlets().isEmpty() ? "" : " (" + String.join(", ", f.outlets()) + ")";
        return Html.bold(l.pick("kabar menjawab pertanyaan dari berita", "kabar answers questions from the news"))
                + "\n\n" + Html.escape(l.pick("Saya membaca ", "I read ") + f.articles()
                        + l.pick(" artikel", " articles") + outlets + range + l.pick(
                                ". Setiap jawaban mengutip bagiannya [n]; kalau artikelnya tidak memuat jawaban, saya bilang.",
                                ". Every answer cites its passages [n]; when the articles don't hold the answer, I say so."))
                + "\n\n" + Html.bold(l.pick("Contoh", "Examples"))
                + "\n" + Html.escape("• Kapan pakta itu ditandatangani?\n• Siapa yang memimpin delegasi?\n"
                        + "• What did the minister say about prices?")
                + "\n\n" + Html.escape(l.pick(
                        "/ask pertanyaan — tanya (atau tulis saja pertanyaannya)\n/brief [topik] — ringkasan\n"
                                + "/sources — daftar artikel\n/lang id|en — bahasa bot",
                        "/ask question — ask (or just type the question)\n/brief [topic] — briefing\n"
                                + "/sources — the articles\n/lang id|en — the bot's language"));
    }

    static String sources(Lang l, List<ArticleSummary> articles) {
        StringBuilder sb = new StringBuilder(Html.bold(l.pick("Artikel", "Articles") + " (" + articles.size() + ")"));
        for (ArticleSummary a : articles) {
            String meta = AnswerRenderer.describe(a.meta());
            sb.append('\n').append(Html.escape("• " + a.meta().title() + (meta.isEmpty() ? "" : " — " + meta)));
        }
        return sb.toString();
    }

    static String askUsage(Lang l) {
        return Html.escape(l.pick("Tulis pertanyaannya setelah /ask, misalnya: /ask Kapan pakta itu ditandatangani?",
                "Type the question after /ask, e.g. /ask When was the pact signed?"));
    }

    static String noWords(Lang l) {
        return Html.escape(l.pick("Saya butuh pertanyaan dengan kata-kata, misalnya: Siapa yang memimpin delegasi?",
                "I need a question in words, e.g. Who led the delegation?"));
    }

    static String notText(Lang l) {
        return Html.escape(l.pick("Saya hanya bisa membaca pertanyaan berupa teks.",
                "I can only read questions written as text."));
    }

    static String tooLong(Lang l, int chars, int max) {
        return Html.escape(l.pick("Pertanyaannya " + chars + " karakter; batasnya " + max + ". Mohon dipersingkat.",
                "The question has " + chars + " characters; the limit is " + max + ". Please shorten it."));
    }

    static String rateLimited(Lang l, int perMinute) {
        return Html.escape(l.pick("Pelan-pelan ya: paling banyak " + perMinute + " pertanyaan per menit. Coba lagi sebentar lagi.",
                "Easy does it: at most " + perMinute + " questions a minute. Please try again shortly."));
    }

    static String refused(Lang l) {
        return Html.escape(l.pick("Maaf, bot ini hanya untuk obrolan yang diizinkan.",
                "Sorry, this bot only serves approved chats."));
    }

    static String failed(Lang l) {
        return Html.escape(l.pick("Maaf, ada yang salah saat menjawab. Silakan coba lagi.",
                "Sorry, something went wrong while answering. Please try again."));
    }

    static String langSet(Lang l) {
        return Html.escape(l.pick("Baik, saya akan berbahasa Indonesia.", "OK, I'll speak English."));
    }

    static String langUsage(Lang l) {
        return Html.escape(l.pick("Gunakan /lang id atau /lang en.", "Use /lang id or /lang en."));
    }

    static String unknownCommand(Lang l) {
        return Html.escape(l.pick("Perintah tidak dikenal. Lihat /help.", "Unknown command. See /help."));
    }

    static String adminsOnly(Lang l) {
        return Html.escape(l.pick("Perintah ini hanya untuk admin.", "This command is for admins only."));
    }

    static String reindexed(Lang l, String summary, List<String> rejected) {
        StringBuilder b = new StringBuilder(Html.escape(l.pick("Indeks diperbarui: ", "Index rebuilt: ") + summary));
        rejected.stream().limit(5).forEach(r -> b.append("\n• ").append(Html.escape(r)));
        if (rejected.size() > 5) {
            b.append("\n• …");
        }
        return b.toString();
    }

    static String reindexFailed(Lang l, String reason) {
        return Html.escape(l.pick("Indeks ulang gagal; indeks lama tetap dipakai: ", "Re-indexing failed; the old index "
                + "stays in use: ") + reason);
    }

    static String passageGone(Lang l) {
        return l.pick("Bagian ini tidak ditemukan lagi.", "That passage is no longer available.");
    }
}
