package uk.supportbudget.domain.rota;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Bank holidays in England (and Wales), as published on gov.uk, with their names. Loaded from data by the service layer. */
public record BankHolidays(Map<LocalDate, String> named) {

    public BankHolidays {
        named = Map.copyOf(new TreeMap<>(named));
    }

    public boolean isBankHoliday(LocalDate date) {
        return named.containsKey(date);
    }

    public Optional<String> name(LocalDate date) {
        return Optional.ofNullable(named.get(date));
    }
}
