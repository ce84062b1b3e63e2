package dev.kabar.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.AliasTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said what and who reacted, on small hand-written articles. */
class AttributionRulesTest {

    private static final Parties PARTIES = new Parties(AliasTable.empty());

    /** One article of {@code paragraphs}, one passage each, in order. */
    private static List<SourceSentence> article(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        ArticleMeta meta = ArticleMeta.of("a", "Judul");
        List<Sentences.Source> sources = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            sources.add(new Sentences.Source(Passage.of("a", i + 1, paragraphs[i], at, at + paragraphs[i].length()), meta, 1));
            at += paragraphs[i].length() + 2;
        }
        return Sentences.of(sources, new Vocabulary(AliasTable.empty()));
    }

    private static List<Said> said(List<SourceSentence> sentences) {
        String text = String.join("\n\n", sentences.stream().map(s -> s.passage().text()).distinct().toList());
        return new Speeches(new Speakers(PARTIES)).find(sentences, new FullNames(sentences, id -> text, PARTIES));
    }

    @Test
    void should_not_take_an_announced_act_or_someone_elses_words_for_a_quote() {
        List<Said> found = said(article(
                "Kim berbicara dalam konferensi pers, mengumumkan penandatanganan “kemitraan strategis komprehensif” "
                        + "yang menurut Putin juga mencakup elemen pertahanan.",
                "Menteri itu menyatakan penyesalannya atas keputusan pemerintah daerah tersebut."));
        assertThat(found).isEmpty();
    }

    @Test
    void should_keep_a_bahwa_clause_after_menyatakan_as_words_said() {
        List<Said> found = said(article("Gubernur Jawa Barat Ridwan Kamil menyatakan bahwa banjir sudah mulai surut sejak pagi."));
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Ridwan Kamil");
            assertThat(q.quote()).startsWith("banjir sudah mulai surut");
        });
    }

    @Test
    void should_resolve_a_short_name_to_the_full_name_introduced_earlier_when_korean_or_western() {
        List<Said> found = said(article(
                "Wakil Menteri Luar Negeri Korea Selatan, Kim Hong Kyun, memanggil Duta Besar Rusia Georgy Zinoviev.",
                "Sebelumnya, saudara perempuan Kim Jong Un telah mengeluarkan ancaman terhadap aktivis.",
                "Menurut Kim, tindakan Rusia melanggar resolusi Dewan Keamanan PBB.",
                "Zinoviev mengatakan upaya untuk mengancam Rusia tidak dapat diterima."));
        assertThat(found).extracting(Said::speaker).containsExactly("Kim Hong Kyun", "Georgy Zinoviev");
    }

    @Test
    void should_keep_a_short_name_when_the_article_never_gave_it_in_full() {
        List<Said> found = said(article("Menurut Jokowi, pembangunan jalan tol akan selesai tahun depan."));
        assertThat(found).extracting(Said::speaker).containsExactly("Jokowi");
    }

    @Test
    void should_take_a_reaction_only_from_a_stance_and_not_from_a_joint_statement_of_the_signatories() {
        List<SourceSentence> sentences = article(
                "Di sisi lain, militer Korea Selatan melepaskan tembakan peringatan ketika tentara Korea Utara melintasi perbatasan.",
                "Kunjungan itu diawasi oleh Amerika Serikat di tengah kekhawatiran akan perang.",
                "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un mengatakan, “Kesepakatan ini "
                        + "menjamin perdamaian di kawasan.”",
                "Pemerintah Jepang pada hari Kamis menyatakan penyesalan atas perjanjian tersebut.",
                "Reaksi dari China atas perjanjian itu sejauh ini minim.");
        List<Reactions.Draft> found = new Reactions(PARTIES).find(sentences, said(sentences), "");
        assertThat(found).extracting(Reactions.Draft::party).containsExactlyInAnyOrder("Jepang", "China");
    }
    @Test
    void should_carry_the_title_given_with_a_full_name_to_its_short_name_and_credit_the_reaction_to_its_country() {
        List<SourceSentence> sentences = article(
                "Wakil Menteri Luar Negeri Korea Selatan (Korsel), Kim Hong Kyun, memanggil Duta Besar Rusia.",
                "Menurut Kim, tindakan Rusia melanggar resolusi Dewan Keamanan PBB.");
        List<Said> found = said(sentences);
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Kim Hong Kyun");
            assertThat(q.role()).isEqualTo("Wakil Menteri Luar Negeri Korea Selatan");
        });
        assertThat(new Reactions(PARTIES).find(sentences, found, "")).extracting(Reactions.Draft::party)
                .containsExactly("Korea Selatan");
    }

    @Test
    void should_carry_no_title_when_the_full_name_came_without_one() {
        List<Said> found = said(article(
                "Dalam pertemuan itu hadir Kim Hong Kyun dan sejumlah pejabat.",
                "Menurut Kim, tindakan Rusia melanggar resolusi Dewan Keamanan PBB."));
        assertThat(found).singleElement().satisfies(q -> assertThat(q.role()).isEmpty());
    }

    @Test
    void should_not_list_the_parties_the_news_is_about_as_reacting_unless_the_topic_names_them() {
        List<SourceSentence> sentences = article(
                "Rusia dan Korea Utara menandatangani pakta pertahanan di Pyongyang.",
                "Pakta Rusia dan Korea Utara itu mencakup bantuan militer.",
                "Rusia menolak tuduhan bahwa pakta dengan Korea Utara melanggar sanksi.",
                "Pemerintah Jepang pada hari Kamis menyatakan penyesalan atas perjanjian tersebut.");
        Reactions reactions = new Reactions(PARTIES);
        assertThat(reactions.find(sentences, said(sentences), "")).extracting(Reactions.Draft::party)
                .containsExactly("Jepang");
        assertThat(reactions.find(sentences, said(sentences), "tanggapan Rusia")).extracting(Reactions.Draft::party)
                .containsExactlyInAnyOrder("Rusia", "Jepang");
    }

    @Test
    void should_credit_an_unnamed_speaker_to_the_party_whose_reaction_the_sentence_reports() {
        List<SourceSentence> sentences = article("Tanggapan China terhadap pakta tersebut cukup berdiam diri, dengan "
                + "kementerian luar negeri mengatakan itu “masalah antara dua negara berdaulat”.");
        List<Said> found = said(sentences);
        assertThat(found).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("kementerian luar negeri"));
        assertThat(new Reactions(PARTIES).find(sentences, found, "")).extracting(Reactions.Draft::party)
                .containsExactly("China");
    }

    @Test
    void should_leave_the_sentences_opening_word_out_of_the_title_carried_to_a_short_name() {
        List<Said> found = said(article(
                "Menurut Menteri Luar Negeri Jepang Yoko Kamikawa, pakta itu mengkhawatirkan kawasan.",
                "Kamikawa mengatakan Tokyo akan berkoordinasi dengan Seoul dan Washington."));
        assertThat(found).last().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Yoko Kamikawa");
            assertThat(q.role()).isEqualTo("Menteri Luar Negeri Jepang");
        });
    }
}
