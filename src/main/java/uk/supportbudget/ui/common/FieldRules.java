package uk.supportbudget.ui.common;

import java.time.LocalDate;
import java.util.Optional;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;

import javafx.scene.control.Control;
import uk.supportbudget.domain.Refusal;
import uk.supportbudget.domain.money.Money;

/**
 * What a form field accepts, as ControlsFX validators that explain themselves in one sentence.
 * Amounts are read the way people type them ({@code £1,200}, {@code 12.5}).
 */
public final class FieldRules {

    private FieldRules() {
    }

    /** An amount in pounds; {@code mayBeNegative} false refuses minus amounts with a sentence. */
    public static Validator<String> amount(boolean mayBeNegative) {
        return (Control control, String text) -> ValidationResult.fromErrorIf(control, amountProblem(text, mayBeNegative)
                .orElse(""), amountProblem(text, mayBeNegative).isPresent());
    }

    /** Why {@code text} is not an acceptable amount, or empty when it is. */
    public static Optional<String> amountProblem(String text, boolean mayBeNegative) {
        if (text == null || text.isBlank()) {
            return Optional.of(I18n.tr("form.amountMissing"));
        }
        try {
            Money money = Money.parseLenient(text);
            if (!mayBeNegative && money.isNegative()) {
                return Optional.of(I18n.tr("form.amountNegative"));
            }
            return Optional.empty();
        } catch (Refusal | ArithmeticException e) {
            return Optional.of(e instanceof Refusal ? e.getMessage() : I18n.tr("form.amountMissing"));
        }
    }

    private static final java.util.List<java.time.format.DateTimeFormatter> DATE_FORMS = java.util.List.of(
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"),
            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.UK),
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK));

    /** A date as people type it in the UK: 14/03/2025, 2025-03-14 or 14 Mar 2025. */
    public static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (java.time.format.DateTimeFormatter form : DATE_FORMS) {
            try {
                return Optional.of(LocalDate.parse(text.strip(),
                        form.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A date picker that shows and reads dates the UK way (14/03/2025), whatever the computer's language. */
    public static javafx.scene.control.DatePicker datePicker(LocalDate initial, String id) {
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker(initial);
        picker.setId(id);
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        picker.setConverter(new javafx.util.StringConverter<LocalDate>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.format(shown);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : date(text).orElse(null);
            }
        });
        picker.setPromptText("dd/mm/yyyy");
        return picker;
    }

    public static Optional<String> dateProblem(String text) {
        return date(text).isPresent() ? Optional.empty() : Optional.of(I18n.tr("form.dateInvalid", text == null ? "" : text.strip()));
    }

    public static Money money(String text) {
        return Money.parseLenient(text);
    }

    public static Validator<String> required(String sentenceKey) {
        return (Control control, String text) -> ValidationResult.fromErrorIf(control, I18n.tr(sentenceKey),
                text == null || text.isBlank());
    }

    public static Validator<LocalDate> requiredDate() {
        return (Control control, LocalDate date) -> ValidationResult.fromErrorIf(control, I18n.tr("form.dateMissing"),
                date == null);
    }

    public static Validator<String> lastFourDigits() {
        return (Control control, String text) -> ValidationResult.fromErrorIf(control, I18n.tr("form.last4"),
                text != null && !text.isBlank() && !text.strip().matches("\\d{4}"));
    }

    public static <T> Validator<T> chosen(String sentenceKey) {
        return (Control control, T value) -> ValidationResult.fromErrorIf(control, I18n.tr(sentenceKey), value == null);
    }
}
