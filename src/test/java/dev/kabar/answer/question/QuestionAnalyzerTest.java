package dev.kabar.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabar.answer.Fixtures;
import dev.kabar.text.IndonesianStemmer;
import dev.kabar.text.Language;
import dev.kabar.text.MeasureWords.Measure;
import dev.kabar.text.bilingual.EnglishBridge;
import dev.kabar.text.Terms;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionAnalyzerTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(Fixtures.ALIASES);

    private List<String> terms(String question, KeyTerm.Kind kind) {
        return analyzer.analyze(question, Language.detect(question)).terms().stream()
                .filter(t -> t.kind() == kind)
                .map(KeyTerm::text)
                .toList();
    }

    @Test
    void should_read_the_question_type_from_its_question_word_wherever_it_stands() {
        assertThat(type("Siapa yang memanggil Dubes Rusia?")).isEqualTo(QuestionType.PERSON);
        assertThat(type("Pakta itu ditandatangani kapan?")).isEqualTo(QuestionType.TIME);
        assertThat(type("Di mana pertemuan itu?")).isEqualTo(QuestionType.PLACE);
        assertThat(type("Dimana pertemuan itu?")).isEqualTo(QuestionType.PLACE);
        assertThat(type("Kenapa Korsel protes?")).isEqualTo(QuestionType.REASON);
        assertThat(type("Bagaimana reaksi Jepang?")).isEqualTo(QuestionType.MANNER);
        assertThat(type("Berapa rudal yang ditembakkan?")).isEqualTo(QuestionType.NUMBER);
        assertThat(type("How many missiles were fired?")).isEqualTo(QuestionType.NUMBER);
        assertThat(type("Apakah Rusia memveto resolusi?")).isEqualTo(QuestionType.YES_NO);
        assertThat(type("Did Russia veto it?")).isEqualTo(QuestionType.YES_NO);
        assertThat(type("Apa isi perjanjian itu?")).isEqualTo(QuestionType.THING);
    }

    @Test
    void should_read_the_unit_a_number_question_names() {
        assertThat(measure("Berapa lama kunjungan itu berlangsung?")).contains(Measure.DURATION);
        assertThat(measure("Berapa hari pameran itu dibuka?")).contains(Measure.DURATION);
        assertThat(measure("How many years did the drought last?")).contains(Measure.DURATION);
        assertThat(measure("Berapa orang yang ditangkap?")).contains(Measure.PEOPLE);
        assertThat(measure("How many people were evacuated?")).contains(Measure.PEOPLE);
        assertThat(measure("Berapa harga beras di Padang?")).isEmpty();
        assertThat(measure("How old is the mayor?")).contains(Measure.DURATION);
        assertThat(measure("How far did the runners go?")).contains(Measure.LENGTH);
        assertThat(measure("Berapa tinggi gunung itu?")).contains(Measure.LENGTH);
        assertThat(measure("How much money did the city spend?")).contains(Measure.MONEY);
        assertThat(measure("How much did the club pay for the striker?")).contains(Measure.MONEY);
        assertThat(measure("Berapa dana yang dikucurkan?")).contains(Measure.MONEY);
        assertThat(measure("How much rain fell?")).isEmpty();
        assertThat(measure("Kapan pameran itu dibuka?")).isEmpty();
    }

    @Test
    void should_make_the_words_after_the_question_mark_soft() {
        String q = "Apa isi pasal 4 perjanjian itu? <b>tebal</b> & \"kutip\"";

        assertThat(terms(q, KeyTerm.Kind.SOFT)).containsExactly("tebal", "kutip");
        assertThat(terms(q, KeyTerm.Kind.NUMBER)).containsExactly("4");
    }

    @Test
    void should_read_who_is_asked_to_have_spoken() {
        assertThat(speaker("What did the Thai health ministry say about the outbreak?"))
                .containsExactly("Thai", "health ministry");
        assertThat(speaker("How did Norway react?")).containsExactly("Norway");
        assertThat(speaker("Apa kata Presiden Budi Santoso tentang wabah itu?"))
                .containsExactly("Presiden", "Budi Santoso");
        assertThat(speaker("Bagaimana tanggapan Jepang atas pakta itu?")).containsExactly("Jepang");
        assertThat(speaker("When did the flood reach Bandung?")).isEmpty();
        assertThat(speaker("Apa isi perjanjian itu?")).isEmpty();
    }

    @Test
    void should_read_the_kind_whose_members_a_which_question_asks_for() {
        assertThat(members("Which players does Hendra Wirawan want to sign?")).contains("players");
        assertThat(members("What players did the club sell?")).contains("players");
        assertThat(members("Which earlier treaties did the port agreement replace?")).contains("treaties");
        assertThat(members("Which club does Hendra Wirawan coach?")).isEmpty(); // one, not members
        assertThat(members("What happens to the players?")).isEmpty(); // "happens" is no kind
        assertThat(members("Which bus goes to Bandung?")).isEmpty();
        assertThat(members("Pemain mana yang ingin direkrut Hendra Wirawan?")).isEmpty(); // English frames only
    }

    @Test
    void should_read_the_deed_whose_doer_a_who_question_asks_for() {
        assertThat(deed("Who won the race between Dimas Saputra and Yoga Pratama?")).contains("won");
        assertThat(deed("Who is Dimas Saputra?")).isEmpty(); // a definition, no deed
        assertThat(deed("Who did Dimas Saputra beat?")).isEmpty(); // asks for the one the deed was done to
        assertThat(deed("Siapa yang memenangkan lomba itu?")).isEmpty(); // English frames only
    }

    private Optional<String> deed(String question) {
        QuestionAnalyzer bilingual = new QuestionAnalyzer(Fixtures.ALIASES.withEnglish(EnglishBridge.tablesOnly()));
        return bilingual.analyze(question, Language.detect(question)).deed().map(KeyTerm::text);
    }

    private Optional<String> members(String question) {
        QuestionAnalyzer bilingual = new QuestionAnalyzer(Fixtures.ALIASES.withEnglish(EnglishBridge.tablesOnly()));
        return bilingual.analyze(question, Language.detect(question)).members().map(KeyTerm::text);
    }

    private List<String> speaker(String question) {
        QuestionAnalyzer bilingual = new QuestionAnalyzer(Fixtures.ALIASES.withEnglish(EnglishBridge.tablesOnly()));
        return bilingual.analyze(question, Language.detect(question)).speaker().stream().map(KeyTerm::text).toList();
    }

    private Optional<Measure> measure(String question) {
        return analyzer.analyze(question, Language.detect(question)).measure();
    }

    @Test
    void should_find_multi_word_names_numbers_and_content_words() {
        String q = "Apa kata Kim Hong Kyun kepada Dewan Keamanan PBB soal perjanjian 1961?";

        assertThat(terms(q, KeyTerm.Kind.ENTITY)).containsExactly("Kim Hong Kyun", "Dewan Keamanan PBB");
        assertThat(terms(q, KeyTerm.Kind.NUMBER)).containsExactly("1961");
        assertThat(terms(q, KeyTerm.Kind.CONTENT)).contains("kata", "perjanjian").doesNotContain("soal", "kepada");
    }

    @Test
    void should_take_an_acronym_for_a_name_even_when_its_lowercase_is_a_stopword() {
        String q = "Siapa yang memenangkan pemilihan presiden AS 2024?";

        assertThat(terms(q, KeyTerm.Kind.ENTITY)).containsExactly("AS");
        assertThat(terms("Who won the election as expected?", KeyTerm.Kind.ENTITY)).isEmpty();
    }

    @Test
    void should_not_take_a_capitalised_question_word_for_a_name() {
        assertThat(terms("Ada Berapa serial Dragon Ball?", KeyTerm.Kind.ENTITY)).containsExactly("Dragon Ball");
    }

    @Test
    void should_not_take_a_capitalised_first_word_or_a_role_for_a_name() {
        assertThat(terms("Perjanjian apa yang diteken Presiden Putin?", KeyTerm.Kind.ENTITY)).containsExactly("Putin");
    }

    @Test
    void should_carry_alias_variants_so_english_names_meet_indonesian_text() {
        KeyTerm northKorea = analyzer.analyze("What did North Korea say?", Language.EN).terms().getFirst();

        assertThat(northKorea.kind()).isEqualTo(KeyTerm.Kind.ENTITY);
        assertThat(northKorea.matchIn(stems("Korut menolak.")).found())
                .isTrue();
    }

    private static List<String> stems(String text) {
        return Terms.scan(text).stream().map(t -> IndonesianStemmer.stem(t.folded())).toList();
    }

    private QuestionType type(String question) {
        return analyzer.analyze(question, Language.detect(question)).type();
    }
}
