package org.handoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.LibraryLoader;
import org.handoutstudio.library.TextBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Layout work grows in step with the text in every field, counted as characters measured (not
 * timed, so the test is exact on any machine). A patient name of one long word used to be cut to
 * fit the running header one character at a time, re-measuring the rest each time: 4,000
 * characters took over a minute. Fields are laid out here past their length limits on purpose:
 * the engine must stay linear even if a limit is ever raised.
 */
class TextGrowthTest {

    private static final Handout BASE = TestHandouts.template("acute-low-back-pain");

    /** A field: how to put {@code text} into a handout and branding. */
    record Field(String name, BiFunction<Handout, String, Handout> handout, BiFunction<Branding, String, Branding> branding) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> fields() {
        List<Field> fields = List.of(
                inHandout("title", Handout::withTitle),
                inHandout("patient.name", (h, t) -> h.withPatient(new PatientDetails(t, TestHandouts.DAY, "A", "B", "C"))),
                inHandout("patient.clinician", (h, t) -> h.withPatient(new PatientDetails("N", TestHandouts.DAY, t, "B", "C"))),
                inHandout("patient.clinicianRole", (h, t) -> h.withPatient(new PatientDetails("N", TestHandouts.DAY, "A", t, "C"))),
                inHandout("patient.nextAppointment", (h, t) -> h.withPatient(new PatientDetails("N", TestHandouts.DAY, "A", "B", t))),
                inHandout("items[1].note", (h, t) -> h.withItem(1, h.items().get(1).withNote(t))),
                inHandout("items[1].dosage.load", (h, t) -> h.withItem(1, h.items().get(1).withDosage(dosage(t, null)))),
                inHandout("items[1].dosage.progression", (h, t) -> h.withItem(1, h.items().get(1).withDosage(dosage(null, t)))),
                inHandout("free-text heading", (h, t) -> append(h, HandoutItem.freeText(t, List.of(new TextBlock.Paragraph("x"))))),
                inHandout("free-text paragraph", (h, t) -> append(h, HandoutItem.freeText("H", List.of(new TextBlock.Paragraph(t))))),
                inHandout("free-text bullet", (h, t) -> append(h, HandoutItem.freeText("H",
                        List.of(new TextBlock.Bullets(List.of(t)))))),
                inHandout("free-text subheading", (h, t) -> append(h, HandoutItem.freeText("H",
                        List.of(new TextBlock.Subheading(t))))),
                inBranding("practiceName", (b, t) -> branding(b, t, null, null, null)),
                inBranding("address", (b, t) -> branding(b, null, t, null, null)),
                inBranding("phone", (b, t) -> branding(b, null, null, t, null)),
                inBranding("footerText", (b, t) -> branding(b, null, null, null, t)));
        return fields.stream().flatMap(field -> Stream.of(Arguments.of(field, "one long word"), Arguments.of(field, "words")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("fields")
    void layoutWorkGrowsInStepWithTheText(Field field, String shape) {
        long short_ = work(field, text(shape, 50));
        long n = work(field, text(shape, 1000));
        long fourN = work(field, text(shape, 4000));
        // Linear growth makes (4n - short) about 4 times (n - short); squared growth makes it about 16.
        double ratio = (double) (fourN - short_) / Math.max(1, n - short_);
        assertTrue(ratio < 6, field + " (" + shape + "): 4x the text took " + String.format("%.1f", ratio)
                + "x the layout work (" + (n - short_) + " -> " + (fourN - short_) + " characters measured)");
    }

    private static long work(Field field, String text) {
        Handout handout = field.handout().apply(BASE, text);
        Branding branding = field.branding().apply(Branding.DEFAULT, text);
        SetTextCache.clear();   // count all of this layout's setting, not just what earlier layouts left unset
        long before = FontMetrics.charactersMeasured();
        HandoutLayout.layout(handout, LibraryLoader.bundled(), branding, TestHandouts.options(), TestHandouts.figures());
        return FontMetrics.charactersMeasured() - before;
    }

    private static String text(String shape, int length) {
        StringBuilder text = new StringBuilder(length);
        String word = shape.equals("words") ? "Plain words here " : "Abcdefghijklmnopqrstuvwxyz";
        while (text.length() < length) {
            text.append(word);
        }
        return text.substring(0, length);
    }

    private static Field inHandout(String name, BiFunction<Handout, String, Handout> put) {
        return new Field(name, put, (b, t) -> b);
    }

    private static Field inBranding(String name, BiFunction<Branding, String, Branding> put) {
        return new Field("branding." + name, (h, t) -> h, put);
    }

    private static Handout append(Handout handout, HandoutItem item) {
        List<HandoutItem> items = new ArrayList<>(handout.items());
        items.add(item);
        return handout.withItems(items);
    }

    private static Dosage dosage(String load, String progression) {
        return new Dosage(10, 2, null, null, null, null, null, load, null, progression);
    }

    private static Branding branding(Branding b, String name, String address, String phone, String footer) {
        return new Branding(b.schemaVersion(), name, null, b.primaryColour(), b.accentColour(), address, phone,
                b.hours(), b.email(), b.website(), footer, b.outOfHours());
    }
}
