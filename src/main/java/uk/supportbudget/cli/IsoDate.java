package uk.supportbudget.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine;

/** Dates on the command line are ISO {@code YYYY-MM-DD}, nothing else. */
final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }
}
