package dev.kabar.ingestion;

import java.io.Serial;

/** A furniture rules file that cannot be used; the message names the file line and what is wrong. */
public final class FurnitureRulesException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public FurnitureRulesException(String message) {
        super(message);
    }

    public FurnitureRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
