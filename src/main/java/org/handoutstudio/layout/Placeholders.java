package org.handoutstudio.layout;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.handoutstudio.handout.Branding;

/**
 * Fills {@code {practice.*}} placeholders from branding. A blank value gets a plain fallback
 * that still reads as a sentence ("call your GP practice"). An unknown placeholder is left as
 * written, so the preview shows where it is, and {@link Printability} refuses to export it.
 */
public final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+\\.[a-zA-Z]+)}");

    private Placeholders() {
    }

    public static String fill(String text, Branding branding) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Map<String, String> values = values(branding);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public static boolean isKnown(String name) {
        return values(Branding.DEFAULT).containsKey(name);
    }

    /** Every placeholder there is, as written in text: "{practice.address}, {practice.email}, ...". */
    public static String known() {
        return values(Branding.DEFAULT).keySet().stream().sorted().map(name -> "{" + name + "}")
                .collect(Collectors.joining(", "));
    }

    private static Map<String, String> values(Branding branding) {
        return Map.of(
                "practice.name", or(branding.practiceName(), "fallback.name"),
                "practice.phone", or(branding.phone(), "fallback.phone"),
                "practice.hours", or(branding.hours(), "fallback.hours"),
                "practice.email", or(branding.email(), "fallback.email"),
                "practice.website", or(branding.website(), "fallback.website"),
                "practice.address", or(branding.address(), "fallback.address"),
                "practice.outOfHours", or(branding.outOfHours(), "fallback.outOfHours"));
    }

    private static String or(String value, String fallbackKey) {
        return value == null || value.isBlank() ? PrintedWords.get(fallbackKey) : value.strip();
    }
}
