package uk.supportbudget.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible string comes from {@code i18n/messages.properties} (en-GB) through {@link #tr}.
 * Every value is a {@link MessageFormat} pattern, with or without arguments, so an apostrophe
 * is always written twice ({@code ''}). A test checks that every key used exists, every key is
 * used, and no apostrophe stands alone.
 */
public final class I18n {

    private static final Locale LOCALE = Locale.UK;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("uk.supportbudget.i18n.messages", LOCALE);

    private I18n() {
    }

    public static String tr(String key, Object... arguments) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, LOCALE).format(arguments);
    }
}
