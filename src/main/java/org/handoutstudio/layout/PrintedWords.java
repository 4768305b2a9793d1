package org.handoutstudio.layout;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The words printed on handouts, from {@code printed.properties} (en-GB), so none are typed into the layout. */
final class PrintedWords {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.handoutstudio.layout.printed", Locale.UK);
    private static final Map<String, MessageFormat> PATTERNS = new ConcurrentHashMap<>();

    private PrintedWords() {
    }

    static String get(String key) {
        return WORDS.getString(key);
    }

    /** A label as printed before its text: the word and one space ("Start: "). */
    static String label(String key) {
        return get(key) + " ";
    }

    /**
     * Each pattern parsed once (every dosage line formats a few, and parsing is most of the cost). A
     * MessageFormat is not safe to share between threads while formatting, so each use locks it.
     */
    static String format(String key, Object... arguments) {
        MessageFormat pattern = PATTERNS.computeIfAbsent(key, k -> new MessageFormat(get(k), Locale.UK));
        synchronized (pattern) {
            return pattern.format(arguments);
        }
    }
}
