package dev.kabar.chat;

import dev.kabar.retrieval.Hit;
import java.util.ArrayList;
import java.util.List;

/** A search hit ({@code kabar search --json}), ranked from 1, its score rounded to four places. */
public record HitJson(int rank, double score, String passageId, String articleId, String title, String outlet,
        String published, String text) {

    public static HitJson of(int rank, Hit h) {
        return new HitJson(rank, Math.round(h.score() * 10_000.0) / 10_000.0, h.passage().id(), h.article().id(),
                h.article().title(), h.article().outlet(), CitationJson.nullIfEmpty(h.article().publishedIso()),
                h.passage().text());
    }

    /** The hits in rank order. */
    public static List<HitJson> of(List<Hit> hits) {
        List<HitJson> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            out.add(of(i + 1, hits.get(i)));
        }
        return out;
    }
}
