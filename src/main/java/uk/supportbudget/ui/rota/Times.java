package uk.supportbudget.ui.rota;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import uk.supportbudget.domain.Refusal;

/** Reading what is typed in the rota's dialogs: times on the 24-hour clock, minutes and hours. */
final class Times {

    private Times() {
    }

    /** {@code 9:00}, {@code 09:00} or {@code 22:30}; anything else is refused with a sentence. */
    static LocalTime time(String text) {
        String typed = text == null ? "" : text.strip();
        try {
            return LocalTime.parse(typed.length() == 4 ? "0" + typed : typed);
        } catch (DateTimeParseException e) {
            throw new Refusal("\"" + typed + "\" is not a time; type it as hours and minutes on the 24-hour clock, such as 09:00 or 22:30.");
        }
    }

    static int minutes(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Refusal("\"" + text.strip() + "\" is not a number of minutes awake; enter a whole number such as 0 or 90.");
        }
    }

    /** Hours of holiday, more than none, to the hundredth. */
    static BigDecimal hours(String text) {
        String typed = text == null ? "" : text.strip();
        try {
            BigDecimal hours = new BigDecimal(typed);
            if (hours.signum() > 0 && hours.scale() <= 2) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // refused below with the sentence
        }
        throw new Refusal("\"" + typed + "\" is not a number of hours; type hours such as 20 or 7.5.");
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
