package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.handoutstudio.TestHandouts;
import org.handoutstudio.handout.Branding;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.Handout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.handout.PatientDetails;
import org.handoutstudio.handout.Settings;
import org.handoutstudio.handout.Templates;
import org.handoutstudio.layout.HandoutLayout;
import org.handoutstudio.layout.LayoutOptions;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.LibraryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every bundled template in every layout, each without a diary (detailed in ink saver too) and
 * with a diary and a QR code, a handout with QR links, and a handout holding every library item
 * conform to PDF/UA-1 and PDF/A-2a.
 */
// Each document is laid out and validated on its own: two at a time keep the matrix to half the time.
@Execution(ExecutionMode.CONCURRENT)
class VeraPdfConformanceTest {

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> documents() {
        List<Arguments> documents = new ArrayList<>();
        for (var template : Templates.bundled()) {
            Handout handout = template.toHandout();
            for (ExerciseLayout layout : ExerciseLayout.values()) {
                // Without a diary (detailed also in ink saver), and with a diary and a QR code to a practice page.
                boolean inkSaver = layout == ExerciseLayout.DETAILED;
                documents.add(Arguments.of(template.id() + " " + layout.name().toLowerCase(Locale.ROOT) + (inkSaver ? ", ink saver" : ""),
                        handout.withPrintOptions(layout, null, null, inkSaver ? true : null)));
                documents.add(Arguments.of(template.id() + " " + layout.name().toLowerCase(Locale.ROOT) + " with diary and QR code",
                        handout.withMoreInfoUrl("https://www.example.nhs.uk/" + template.id())
                                .withPrintOptions(layout, true, 2, null)));
            }
        }
        documents.add(Arguments.of("qr links", Handout.of("Links", List.of(
                        HandoutItem.of("bridge").withVideoUrl("https://video.example.nhs.uk/bridge"),
                        HandoutItem.of("back-pain-when-to-get-help")))
                .withMoreInfoUrl("https://www.example.nhs.uk/back-pain")
                .withPrintOptions(ExerciseLayout.PROGRAMME, true, 1, null)));
        List<HandoutItem> everything = LibraryLoader.bundled().items().stream().map(LibraryItem::id)
                .map(HandoutItem::of).toList();
        documents.add(Arguments.of("every-library-item", Handout.blank("Every library item").withItems(everything)
                .withPatient(new PatientDetails("Sam Patient", TestHandouts.DAY, "Alex Smith", "Physiotherapist",
                        "Next Tuesday"))));
        return documents.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void conformsToPdfUaAndPdfA(String name, Handout handout) throws Exception {
        LayoutOptions options = LayoutOptions.resolve(handout, Settings.DEFAULT,
                LayoutOptions.Overrides.producedOn(TestHandouts.DAY));
        byte[] pdf = PdfExporter.toBytes(HandoutLayout.layout(handout, LibraryLoader.bundled(), Branding.DEFAULT, options,
                TestHandouts.figures()));
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            failures.addAll(failedRules(pdf, flavour));
        }
        assertTrue(failures.isEmpty(), name + " fails:\n" + String.join("\n", failures));
    }

    /** The control: a plain untagged PDF with a non-embedded font must fail both, or the check proves nothing. */
    @org.junit.jupiter.api.Test
    void anUntaggedPdfFails() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Not accessible");
                content.endText();
            }
            document.save(out);
        }
        assertTrue(!failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
        assertTrue(!failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_A).isEmpty());
    }

    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws ValidationException, Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Set<String> failed = new LinkedHashSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(flavour + " " + assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage());
                }
            }
            return new ArrayList<>(failed);
        }
    }
}
