package dev.kabar.ingestion;

import java.util.ArrayList;
import java.util.List;

/** The counts of one run while it is in progress; owned by a single {@link CorpusReader#read} call. */
final class ReportTally {

    private int filesRead;
    private int articles;
    private int passages;
    private int furnitureLinesRemoved;
    private final List<Rejection> rejected = new ArrayList<>();
    private final List<Rejection> warnings = new ArrayList<>();

    void fileRead() {
        filesRead++;
    }

    void accepted(int passageCount, int removedLines) {
        articles++;
        passages += passageCount;
        furnitureLinesRemoved += removedLines;
    }

    void reject(String source, String reason) {
        rejected.add(new Rejection(source, reason));
    }

    void warn(String source, String reason) {
        warnings.add(new Rejection(source, reason));
    }

    IngestionReport report() {
        return new IngestionReport(filesRead, articles, passages, furnitureLinesRemoved, rejected, warnings);
    }
}
