package uk.supportbudget.service.payroll;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A read-only JSON tree for the rate files, built with Jackson's streaming parser only. Jackson's
 * object mapper would do the same job, but initialising it costs a few hundred milliseconds, which
 * the command line cannot afford when it starts up to price a batch.
 */
final class RateFileNode {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final RateFileNode MISSING = new RateFileNode(null);

    private final Object value; // Map<String, RateFileNode>, List<RateFileNode>, String (scalars as text), Boolean, or null when missing

    private RateFileNode(Object value) {
        this.value = value;
    }

    static RateFileNode read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("empty JSON document");
            }
            return readValue(parser, first);
        }
    }

    private static RateFileNode readValue(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, RateFileNode> fields = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    fields.put(name, readValue(parser, parser.nextToken()));
                }
                return new RateFileNode(fields);
            }
            case START_ARRAY: {
                List<RateFileNode> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(readValue(parser, next));
                }
                return new RateFileNode(items);
            }
            case VALUE_TRUE:
                return new RateFileNode(Boolean.TRUE);
            case VALUE_FALSE:
                return new RateFileNode(Boolean.FALSE);
            case VALUE_NULL:
                return MISSING;
            default:
                return new RateFileNode(parser.getText()); // numbers keep their exact decimal text
        }
    }

    RateFileNode path(String field) {
        if (value instanceof Map<?, ?> map) {
            Object found = map.get(field);
            return found == null ? MISSING : (RateFileNode) found;
        }
        return MISSING;
    }

    boolean has(String field) {
        return !path(field).isMissingNode();
    }

    boolean isMissingNode() {
        return value == null;
    }

    String asText() {
        return value == null ? "" : value.toString();
    }

    long longValue() {
        return Long.parseLong(asText());
    }

    int asInt() {
        return Integer.parseInt(asText());
    }

    boolean asBoolean() {
        return Boolean.TRUE.equals(value);
    }

    @SuppressWarnings("unchecked")
    Iterator<RateFileNode> elements() {
        return value instanceof List<?> list ? ((List<RateFileNode>) list).iterator() : List.<RateFileNode>of().iterator();
    }
}
