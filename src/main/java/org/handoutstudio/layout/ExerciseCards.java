package org.handoutstudio.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.handoutstudio.handout.ExerciseLayout;
import org.handoutstudio.handout.HandoutItem;
import org.handoutstudio.library.Dosage;
import org.handoutstudio.library.Exercise;
import org.handoutstudio.library.Side;

/**
 * The exercise card for each layout, and the pieces the cards share: the numbered name, the
 * dosage, the picture (turned to the side being exercised), the care and easier/harder lines, and
 * the practice's video as a QR code.
 */
final class ExerciseCards {

    /** The card's inner padding and the gap between its columns. */
    static final double PAD = 12;
    static final double GAP = 14;
    /** The picture column's share of the card: the picture is as large as on the full card. */
    static final double PICTURE_SHARE = 0.46;
    /** Between sentences: the space after a full stop, question or exclamation mark (compiled once, not per card). */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");

    private ExerciseCards() {
    }

    /** The card that prints {@code exercise} in {@code layout}. */
    static Block card(ExerciseLayout layout, LayoutContext context, Exercise exercise, HandoutItem entry, int number) {
        return switch (layout) {
            case DETAILED -> new DetailedExerciseCard(context, exercise, entry, number);
            case PROGRAMME -> new ProgrammeExerciseCard(context.forCards(), exercise, entry, number);
            case COMPACT -> new CompactExerciseCard(context.forCards(), exercise, entry, number);
        };
    }

    /** The height a card may take in {@code layout} so that its page holds as many as the layout promises. */
    static double slotHeight(ExerciseLayout layout, PageDesign design) {
        double body = design.bodyBottom() - design.bodyTop();
        double between = design.space(Card.BETWEEN_CARDS);
        return switch (layout) {
            case DETAILED -> body;
            case PROGRAMME -> (body - between) / 2;
            case COMPACT -> (body - 2 * between) / 3;
        };
    }

    static String heading(Exercise exercise, int number) {
        return number + ". " + exercise.name();
    }

    static Dosage dosage(Exercise exercise, HandoutItem entry) {
        return exercise.dosage().overriddenBy(entry.dosage());
    }

    /** The picture, mirrored when the dosage says the left side: figures show the right side by default. */
    static Optional<Illustration> picture(LayoutContext context, Exercise exercise, HandoutItem entry, double width) {
        boolean left = dosage(exercise, entry).side() == Side.LEFT;
        return Illustration.of(exercise, context.figures, left, width, context.design.space(160),
                context.design.space(140));
    }

    /** The practice's video of this exercise: the handout's own, else the library's; empty when there is none. */
    static Optional<String> videoUrl(Exercise exercise, HandoutItem entry) {
        String url = entry.videoUrl() != null ? entry.videoUrl() : exercise.videoUrl();
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** The video's QR code as a slice of {@code column}, when the exercise has one. */
    static void video(LayoutContext context, Flow column, StructNode section, Exercise exercise, HandoutItem entry) {
        videoUrl(exercise, entry).ifPresent(url -> column.slices.add(LinkCode.of(context, section, url,
                PrintedWords.get("link.video"), column.indent(), column.width())));
    }

    /**
     * The care line: what to avoid, and any "Stop if …" sentence from what the patient should
     * feel, whole sentences only, so the safety advice survives when the rest of that text is left out.
     */
    static void careLine(LayoutContext context, Flow column, StructNode section, Exercise exercise) {
        List<Span> spans = new ArrayList<>();
        if (exercise.commonMistake() != null && !exercise.commonMistake().isBlank()) {
            spans.add(new Span(PrintedWords.label("card.avoid"), true));
            spans.add(new Span(InlineText.clean(context.fill(exercise.commonMistake())), false));
        }
        for (String stop : stopSentences(exercise.youShouldFeel())) {
            // "Stop" in bold, as the label of the line: "Stop if it sends pain down your leg."
            String opening = stop.regionMatches(true, 0, "Stop if ", 0, 8) ? stop.substring(0, 7) : stop.substring(0, 4);
            spans.add(new Span((spans.isEmpty() ? "" : " ") + opening, true));
            spans.add(new Span(stop.substring(opening.length()), false));
        }
        if (!spans.isEmpty()) {
            column.paragraph(section, spans, context.design.body(), context.design.space(5));
        }
    }

    /** "Easier: … Harder: …" as one paragraph. */
    static void easierHarder(LayoutContext context, Flow column, StructNode section, Exercise exercise) {
        List<Span> spans = new ArrayList<>();
        addLabelled(context, spans, "card.easier", exercise.easier());
        addLabelled(context, spans, "card.harder", exercise.harder());
        if (!spans.isEmpty()) {
            column.paragraph(section, spans, context.design.body(), context.design.space(5));
        }
    }

    private static void addLabelled(LayoutContext context, List<Span> spans, String key, String text) {
        if (text != null && !text.isBlank()) {
            spans.add(new Span((spans.isEmpty() ? "" : " ") + PrintedWords.label(key), true));
            spans.add(new Span(InlineText.clean(context.fill(text)), false));
        }
    }

    /** The whole sentences of {@code text} that tell the patient when to stop ("Stop if …", "Stop and …"). */
    static List<String> stopSentences(String text) {
        List<String> stops = new ArrayList<>();
        if (text == null) {
            return stops;
        }
        for (String sentence : SENTENCE_BREAK.split(text)) {
            String trimmed = InlineText.clean(sentence.strip());
            if (trimmed.regionMatches(true, 0, "Stop ", 0, 5)) {
                stops.add(trimmed);
            }
        }
        return stops;
    }
}
