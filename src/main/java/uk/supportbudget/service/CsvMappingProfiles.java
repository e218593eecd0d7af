package uk.supportbudget.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;

import uk.supportbudget.io.bank.ColumnMappingNeeded;
import uk.supportbudget.io.bank.CsvMapping;
import uk.supportbudget.store.Book;
import uk.supportbudget.store.MappingProfileRepository;

/**
 * The columns a person chose for a CSV layout we did not recognise, kept in the book and offered
 * again for the next file with the same headings.
 *
 * <p>Kept in the book rather than beside the app's settings: the statements belong to the
 * person's account, the book is what a support broker carries between computers, and a backup of
 * the book then holds everything needed to import the next statement the same way.
 */
public final class CsvMappingProfiles {

    public CsvMappingProfiles() {
    }

    /** The headings as a key: trimmed, lower-case, in order; spacing and case do not matter. */
    public static String signature(List<String> header) {
        return header.stream().map(h -> h.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|", header.size() + ":", ""));
    }

    /**
     * The columns chosen before for files with these headings, moved to where the headings are in
     * this file (a preamble may be a line longer or shorter).
     */
    public Optional<CsvMapping> savedFor(Book book, ColumnMappingNeeded question) {
        if (question.header().isEmpty()) {
            return Optional.empty();
        }
        return new MappingProfileRepository(book).mappingJson(signature(question.header())).map(json -> {
            CsvMapping saved = fromJson(json);
            int headerLine = saved.headerLine() == 0 ? 0 : question.headerLine();
            return new CsvMapping(headerLine, saved.date(), saved.amount(), saved.paidIn(), saved.paidOut(),
                    saved.payee(), saved.description(), saved.reference(), saved.type(), saved.balance(),
                    saved.bankId(), saved.dateFormat(), saved.invertAmounts());
        });
    }

    public void save(Book book, List<String> header, CsvMapping mapping) {
        new MappingProfileRepository(book).save(signature(header), toJson(mapping));
    }

    static String toJson(CsvMapping mapping) {
        try {
            return Json.MAPPER.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping is plain numbers and text", e);
        }
    }

    static CsvMapping fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, CsvMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved column choices could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
