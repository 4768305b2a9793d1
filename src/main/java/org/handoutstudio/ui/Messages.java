package org.handoutstudio.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.util.StringConverter;

/** UI text, from {@code messages.properties} (en-GB). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.handoutstudio.ui.messages", Locale.UK);

    private Messages() {
    }

    /** The text of {@code key} as written (a missing key shows as itself rather than failing). */
    static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The {@link MessageFormat} pattern of {@code key} filled in with {@code args}, numbers grouped
     * in the UK way. Pass dates through {@link #date}. In these patterns an apostrophe is written
     * {@code ''}: a single one starts quoting.
     */
    static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.UK).format(args);
    }

    /**
     * The name of a library or settings value as the window shows it, from the key
     * {@code enum.<Type>.<CONSTANT>}. The core's own English labels stay for what is not the
     * window's: printed words (sides) and the search index, which matches the same English words
     * (so "low back" finds low-back items); keep the two in step when renaming a value.
     */
    static String label(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * How a choice shows its values: {@code name} for each, {@code none} for the empty choice
     * (null). For display only: the choices are never typed in, so text converts back to nothing.
     */
    static <T> StringConverter<T> choiceNames(String none, Function<? super T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** A date as a UK reader writes it, 29 November 2026 (English month names need no locale data). */
    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(get("format.date"), Locale.UK).format(date);
    }
}
