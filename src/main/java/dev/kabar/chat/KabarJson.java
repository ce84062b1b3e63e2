package dev.kabar.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * kabar's one {@link ObjectMapper}: every JSON shape ({@link ResultJson}, {@link BriefingJson},
 * {@link HitJson}, {@link SourceJson}) is written with it, and the adapters read request bodies with
 * it. Records are written with their components in declaration order, so a record's order is the
 * JSON's.
 */
public final class KabarJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KabarJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One JSON shape (a record, a list of them, a node) as compact JSON text. */
    public static String write(Object shape) {
        try {
            return MAPPER.writeValueAsString(shape);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + shape.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
