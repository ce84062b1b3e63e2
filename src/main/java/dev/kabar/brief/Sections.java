package dev.kabar.brief;

import dev.kabar.text.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Builds every section of a briefing from its sentences and numbers the citations in reading order. */
final class Sections {

    private final Vocabulary vocabulary;
    private final Speakers speakers;
    private final Speeches speeches;
    private final Reactions reactions;
    private final Differences differences;
    private final Parties parties;

    Sections(Vocabulary vocabulary, Parties parties) {
        this.vocabulary = vocabulary;
        this.speakers = new Speakers(parties);
        this.speeches = new Speeches(speakers);
        this.reactions = new Reactions(parties);
        this.differences = new Differences(vocabulary);
        this.parties = parties;
    }

    /** @param articleText an article's whole text by id, to resolve short names ("Budi") it introduced in full */
    Briefing build(String topic, Language language, List<SourceSentence> sentences, Salience salience,
            Function<String, String> articleText) {
        CitationBook book = new CitationBook();
        List<Briefing.Point> points = new ArrayList<>();
        for (Cluster c : KeyPoints.pick(sentences, salience)) {
            points.add(new Briefing.Point(c.lead().text(), book.cite(c.members())));
        }
        List<Said> said = speeches.find(sentences, new FullNames(sentences, articleText, parties));
        List<Briefing.Quote> quotes = new ArrayList<>();
        List<Said> byName = said.stream().filter(q -> !q.speaker().isEmpty() && Character.isUpperCase(q.speaker().charAt(0))
                && speakers.hasNameWord(q.speaker())).toList(); // "pejabat setempat" may react for a party, but is no one to quote
        for (QuoteSelection.Group g : QuoteSelection.choose(byName, salience, vocabulary)) {
            quotes.add(new Briefing.Quote(g.said().speaker(), g.said().role(), g.said().quote(), book.cite(g.sources())));
        }
        List<SourceSentence> ranked = sentences.stream()
                .sorted(Comparator.comparingDouble((SourceSentence s) -> -salience.of(s))).toList();
        List<Briefing.Reaction> reacts = new ArrayList<>();
        for (Reactions.Draft d : reactions.find(ranked, said, topic)) {
            reacts.add(new Briefing.Reaction(d.party(), d.text(), book.cite(d.source())));
        }
        List<Briefing.Event> events = new ArrayList<>();
        for (Timeline.Draft d : Timeline.of(sentences, salience)) {
            events.add(new Briefing.Event(d.when().date(), d.basis(), d.when().expression(),
                    d.sources().getFirst().text(), book.cite(d.sources())));
        }
        List<Briefing.Difference> diffs = new ArrayList<>();
        for (Differences.Draft d : differences.find(sentences)) {
            List<Briefing.Version> versions = d.versions().stream()
                    .map(f -> new Briefing.Version(f.detail(), f.source().text(), book.cite(f.source()))).toList();
            diffs.add(new Briefing.Difference(d.about(), versions));
        }
        return new Briefing(topic, language, true, "", points, quotes, reacts, events, diffs, coverage(sentences),
                book.citations());
    }

    private static Briefing.Coverage coverage(List<SourceSentence> sentences) {
        List<String> articles = sentences.stream().map(SourceSentence::articleId).distinct().toList();
        List<String> outlets = sentences.stream().map(s -> s.article().outlet()).filter(o -> !o.isEmpty())
                .distinct().sorted().toList();
        List<LocalDate> dates = sentences.stream().map(s -> s.article().published()).filter(Objects::nonNull)
                .distinct().sorted().toList();
        return new Briefing.Coverage(articles.size(), outlets, dates.isEmpty() ? "" : dates.getFirst().toString(),
                dates.isEmpty() ? "" : dates.getLast().toString());
    }
}
