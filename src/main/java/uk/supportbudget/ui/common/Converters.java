package uk.supportbudget.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Display-only text for choice boxes, pickers and chart axes: shown, never typed back. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
