package org.handoutstudio.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI text, from {@code messages.properties} (en-GB). */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.handoutstudio.ui.messages", Locale.UK);

    private Messages() {
    }

    static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
