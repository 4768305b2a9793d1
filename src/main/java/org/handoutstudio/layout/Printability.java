package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Library;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.TextBlock;

/**
 * Finds text that cannot be printed faithfully: characters no bundled font has, scripts that
 * need shaping or right-to-left ordering, control characters, and unknown placeholders (a
 * misspelt {@code {practice.phon}} in safety-netting advice must never reach a patient). The editor lists these, the
 * {@code validate} command prints them, and the CLI export refuses to write (exit 4).
 */
public final class Printability {

    /** One problem: where it is (e.g. "items[2].note") and what. */
    public record Issue(String where, String message) {
        public String describe() {
            return where + ": " + message;
        }
    }

    private Printability() {
    }

    public static List<Issue> check(Handout handout, Library library, Branding branding) {
        List<Issue> issues = new ArrayList<>();
        checkText(issues, "title", handout.title());
        var patient = handout.patient();
        checkText(issues, "patient.name", patient.name());
        checkText(issues, "patient.clinician", patient.clinician());
        checkText(issues, "patient.clinicianRole", patient.clinicianRole());
        checkText(issues, "patient.nextAppointment", patient.nextAppointment());
        for (int i = 0; i < handout.items().size(); i++) {
            HandoutItem item = handout.items().get(i);
            String path = "items[" + i + "]";
            checkText(issues, path + ".note", item.note());
            checkText(issues, path + ".heading", item.heading());
            checkBlocks(issues, path + ".blocks", item.blocks());
            checkBlocks(issues, path + ".textOverride", item.textOverride());
            if (item.dosage() != null) {
                checkText(issues, path + ".dosage.load", item.dosage().load());
                checkText(issues, path + ".dosage.progression", item.dosage().progression());
            }
            if (item.ref() != null) {
                library.find(item.ref()).ifPresent(found -> checkItem(issues, path + " (" + found.id() + ")", found));
            }
        }
        if (branding != null) {
            checkText(issues, "branding.practiceName", branding.practiceName());
            checkText(issues, "branding.address", branding.address());
            checkText(issues, "branding.phone", branding.phone());
            checkText(issues, "branding.hours", branding.hours());
            checkText(issues, "branding.email", branding.email());
            checkText(issues, "branding.website", branding.website());
            checkText(issues, "branding.footerText", branding.footerText());
            checkText(issues, "branding.outOfHours", branding.outOfHours());
        }
        return issues;
    }

    private static void checkItem(List<Issue> issues, String where, LibraryItem item) {
        for (String text : item.texts()) {
            checkText(issues, where, text);
        }
    }

    private static void checkBlocks(List<Issue> issues, String where, List<TextBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            for (String text : blocks.get(i).texts()) {
                checkText(issues, where + "[" + i + "]", text);
            }
        }
    }

    /** Checks one piece of text; adds at most one issue per kind so a long paragraph gives one line. */
    public static void checkText(List<Issue> issues, String where, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (!isPrintableAscii(text)) {
            checkCharacters(issues, where, text);
        }
        if (text.indexOf('{') >= 0) {
            Matcher placeholder = Placeholders.PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                if (!Placeholders.isKnown(placeholder.group(1))) {
                    issues.add(new Issue(where, "unknown placeholder " + placeholder.group()
                            + ": correct or remove it (the known ones are " + Placeholders.known() + ")"));
                }
            }
        }
    }

    /**
     * True when every character is printable ASCII, a tab or a line break: every bundled face has
     * those (a test checks), so most library text needs no character-by-character font lookup.
     */
    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' || c > '~') && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static void checkCharacters(List<Issue> issues, String where, String text) {
        Set<String> controls = new LinkedHashSet<>();
        int controlsSeen = 0;
        for (int i = 0; i < text.length() && controlsSeen < 6; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r') {
                controls.add(describe(cp));
                controlsSeen++;
            }
        }
        if (!controls.isEmpty()) {
            // Never dropped quietly: a stray control character usually means text pasted from elsewhere.
            issues.add(new Issue(where, "has control characters, which cannot be printed: " + String.join(", ", controls)
                    + "; delete them"));
        }
        String cleaned = InlineText.clean(text);
        Set<String> refused = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < cleaned.length(); ) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= ' ' && cp <= '~' || FontFallback.canPrint(cp)) {
                continue;
            }
            String name = describe(cp);
            if (FontFallback.isRefused(cp)) {
                refused.add(name);
            } else {
                missing.add(name);
            }
            if (refused.size() + missing.size() > 5) {
                break;
            }
        }
        if (!refused.isEmpty()) {
            issues.add(new Issue(where, "right-to-left or complex-script text cannot be printed correctly yet: "
                    + String.join(", ", refused)));
        }
        if (!missing.isEmpty()) {
            issues.add(new Issue(where, "no bundled font has " + String.join(", ", missing)));
        }
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X%s", cp, name == null ? "" : " " + name.toLowerCase(Locale.ROOT));
    }
}
