package dev.kabar.retrieval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an index: corpus content plus every setting that changes what gets indexed.
 * Query-time settings (aliases, top-k, composer thresholds) are deliberately not part of it.
 */
public final class IndexStamp {

    /**
     * Bump when the document layout or analysis changes, so old indexes are rebuilt. 2: leaner
     * indexing; 3: a lower-case caption fragment is no title (TitleFallback); 4: the headline's
     * first words as a field of their own; 5: a reference mark after a stop ends the sentence; 7: outlet,
     * authors and publication date indexed for filtering.
     */
    static final String INDEX_FORMAT = "kabar-index-7";

    private IndexStamp() {}

    /** A 32-hex-digit digest of the index format and {@code parts}, in order. */
    public static String of(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(INDEX_FORMAT.getBytes(StandardCharsets.UTF_8));
            for (String p : parts) {
                sha.update((byte) 0);
                sha.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }
}
