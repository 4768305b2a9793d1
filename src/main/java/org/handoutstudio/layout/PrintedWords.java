package org.handoutstudio.layout;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words printed on handouts, from {@code printed.properties} (en-GB), so none are typed into the layout. */
final class PrintedWords {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.handoutstudio.layout.printed", Locale.UK);

    private PrintedWords() {
    }

    static String get(String key) {
        return WORDS.getString(key);
    }

    /** A label as printed before its text: the word and one space ("Start: "). */
    static String label(String key) {
        return get(key) + " ";
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.UK).format(arguments);
    }
}
