package uk.supportbudget.io.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One bank's CSV layout, recognised by its heading row. Layouts are data, kept in
 * {@code bank/layouts.json} with a note of where each was checked, so a new bank is a new entry,
 * not new code.
 *
 * @param name          shown to the person ("Nationwide")
 * @param match         headings (normalised with {@link Cells#heading}) that must all be present
 * @param exact         whether the heading row must hold exactly those headings
 * @param columns       role (date, amount, paidIn, paidOut, payee, description, reference, type,
 *                      balance, bankId) to heading
 * @param invertAmounts whether the file shows spending as positive (card exports)
 */
public record BankLayout(String name, List<String> match, boolean exact, Map<String, String> columns,
        boolean invertAmounts) {

    private static final List<String> ROLES = List.of("date", "amount", "paidIn", "paidOut", "payee", "description",
            "reference", "type", "balance", "bankId");

    public BankLayout {
        Objects.requireNonNull(name, "name");
        match = List.copyOf(match);
        columns = Map.copyOf(columns);
        for (String role : columns.keySet()) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException(name + ": unknown column role " + role);
            }
        }
        if (!columns.containsKey("date")) {
            throw new IllegalArgumentException(name + ": no date column");
        }
    }

    /** The layouts shipped with the app, most specific first. */
    public static List<BankLayout> builtIn() {
        return Holder.BUILT_IN;
    }

    /** Whether a heading row (already normalised) is this layout. */
    boolean matches(List<String> headings) {
        if (exact) {
            List<String> present = headings.stream().filter(h -> !h.isEmpty()).toList();
            return present.equals(match);
        }
        return headings.containsAll(match);
    }

    /** The columns of this layout in a file whose heading row is on {@code headerLine}. */
    CsvMapping mappingFor(List<String> headings, int headerLine) {
        int date = headings.indexOf(columns.get("date"));
        return new CsvMapping(headerLine, date, column(headings, "amount"), column(headings, "paidIn"),
                column(headings, "paidOut"), column(headings, "payee"), column(headings, "description"),
                column(headings, "reference"), column(headings, "type"), column(headings, "balance"),
                column(headings, "bankId"), null, invertAmounts);
    }

    private int column(List<String> headings, String role) {
        String heading = columns.get(role);
        return heading == null ? CsvMapping.NONE : headings.indexOf(heading);
    }

    private static final class Holder {
        static final List<BankLayout> BUILT_IN = load();

        private static List<BankLayout> load() {
            try (InputStream in = BankLayout.class.getResourceAsStream("/bank/layouts.json")) {
                if (in == null) {
                    throw new IllegalStateException("bank/layouts.json is missing from the classpath");
                }
                JsonNode root = new ObjectMapper().readTree(in);
                List<BankLayout> layouts = new ArrayList<>();
                for (JsonNode node : root.path("layouts")) {
                    List<String> match = new ArrayList<>();
                    node.path("match").forEach(h -> match.add(Cells.heading(h.asText())));
                    Map<String, String> columns = new java.util.LinkedHashMap<>();
                    node.path("columns").fields().forEachRemaining(e -> columns.put(e.getKey(), Cells.heading(e.getValue().asText())));
                    layouts.add(new BankLayout(node.path("name").asText(), match, node.path("exact").asBoolean(false),
                            columns, node.path("invertAmounts").asBoolean(false)));
                }
                return List.copyOf(layouts);
            } catch (IOException e) {
                throw new UncheckedIOException("bank/layouts.json could not be read", e);
            }
        }
    }
}
