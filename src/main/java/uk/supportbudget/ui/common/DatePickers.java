package uk.supportbudget.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/** Date pickers that read and show dates the British way (day/month/year), whatever the machine's locale. */
public final class DatePickers {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/yyyy");

    private DatePickers() {
    }

    public static DatePicker uk(LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setConverter(new LocalDateStringConverter(UK, UK));
        picker.setPromptText(I18n.tr("common.datePrompt"));
        return picker;
    }
}
