package org.handoutstudio.pdf;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.handoutstudio.graphics.Drawing;
import org.handoutstudio.layout.FigureSource;
import org.handoutstudio.library.Exercise;

/**
 * The bundled exercise figures as this painter writes them into a page, made when the app is
 * built ({@link #write}) and shipped with it, for exports that only print.
 *
 * <p>Solving a figure's pose takes milliseconds, and in a batch most of that is code run too
 * seldom to be compiled. Every input of a bundled figure ships inside the app, so the build can
 * write each one once, both ways round. An export then reads a figure's size and operators and
 * never solves it; its paths are made only if something other than this painter asks for them.
 * A figure with no written form is drawn as before. The PDF is the same bytes either way
 * ({@code GoldenPdfTest}, {@code PrewrittenFiguresTest}).
 */
public final class PrewrittenFigures implements FigureSource {

    static final String RESOURCES = "/org/handoutstudio/pdf/prewritten/";
    private static final int FORMAT = 1;
    private static final Pattern FIGURE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * Operators by drawing: at most two for each bundled figure and instance, and the app makes
     * one instance (in its composition root), so never emptied.
     */
    private static final Map<ContentPainter.SameDrawing, byte[]> WRITTEN = new ConcurrentHashMap<>();

    private final FigureSource live;
    private final Map<String, Optional<Drawing>> drawings = new ConcurrentHashMap<>();

    private PrewrittenFigures(FigureSource live) {
        this.live = live;
    }

    /** The figures the build wrote out, and {@code live}'s drawings of any others. */
    public static PrewrittenFigures over(FigureSource live) {
        return new PrewrittenFigures(live);
    }

    @Override
    public Optional<Drawing> drawingFor(Exercise exercise) {
        return drawingFor(exercise, false);
    }

    @Override
    public Optional<Drawing> drawingFor(Exercise exercise, boolean mirrored) {
        String id = exercise.figure();
        if (id == null || !FIGURE_ID.matcher(id).matches()) {
            return live.drawingFor(exercise, mirrored);   // no figure, or none the build could have written
        }
        return drawings.computeIfAbsent(resourceName(id, mirrored),
                name -> read(exercise, mirrored).or(() -> live.drawingFor(exercise, mirrored)));
    }

    /** The operators of a drawing this class handed out, or null for any other drawing. */
    static byte[] operatorsOf(Drawing drawing) {
        return WRITTEN.get(new ContentPainter.SameDrawing(drawing));
    }

    private Optional<Drawing> read(Exercise exercise, boolean mirrored) {
        String resource = RESOURCES + resourceName(exercise.figure(), mirrored);
        try (InputStream in = PrewrittenFigures.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            DataInputStream data = new DataInputStream(in);
            if (data.readInt() != FORMAT) {
                return Optional.empty();
            }
            double width = data.readDouble();
            double height = data.readDouble();
            byte[] operators = data.readAllBytes();
            Drawing drawing = Drawing.deferred(width, height,
                    () -> live.drawingFor(exercise, mirrored).map(Drawing::paths).orElseGet(List::of));
            WRITTEN.put(new ContentPainter.SameDrawing(drawing), operators);
            return Optional.of(drawing);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // drawn instead, as if never written
        }
    }

    /** Where the build puts figure {@code id}, below {@code org/handoutstudio/pdf/prewritten/}. */
    public static String resourceName(String id, boolean mirrored) {
        return id + (mirrored ? ".mirrored" : "") + ".bin";
    }

    /**
     * Writes {@code drawing} in the form {@link #drawingFor} reads: the build writes each bundled
     * figure so, under {@link #resourceName}, into its classes folder.
     */
    public static void write(Drawing drawing, OutputStream file) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        out.writeInt(FORMAT);
        out.writeDouble(drawing.width());
        out.writeDouble(drawing.height());
        out.write(ContentPainter.operatorsOf(drawing));
        out.flush();
    }
}
