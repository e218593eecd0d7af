package uk.supportbudget.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import uk.supportbudget.domain.rota.BankHolidays;

/**
 * England's bank holidays from {@code calendar/england-bank-holidays.json} (gov.uk's list, 2024 to 2027).
 * A new year is a data change: add its dates to the file.
 */
public final class BankHolidayData {

    private static final String RESOURCE = "/calendar/england-bank-holidays.json";
    private static volatile BankHolidays loaded;

    private BankHolidayData() {
    }

    public static BankHolidays england() {
        BankHolidays result = loaded;
        if (result == null) {
            result = read();
            loaded = result;
        }
        return result;
    }

    private static BankHolidays read() {
        try (InputStream in = BankHolidayData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Map<LocalDate, String> named = new HashMap<>();
            for (JsonNode event : Json.MAPPER.readTree(in).path("events")) {
                named.put(LocalDate.parse(event.path("date").asText()), event.path("title").asText());
            }
            return new BankHolidays(named);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
