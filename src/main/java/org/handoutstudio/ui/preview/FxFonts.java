package org.handoutstudio.ui.preview;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import org.handoutstudio.layout.FontFace;
import org.handoutstudio.layout.FontMetrics;

/** Loads the bundled TTFs into JavaFX once, so the preview draws with the very fonts the PDF embeds. */
final class FxFonts {

    private static final Map<FontFace, String> NAMES = new EnumMap<>(FontFace.class);
    /**
     * Fonts by face and size, the most recently used kept: painting asks for one per text run, and
     * the sizes follow the zoom, which fitting the page to the window makes any number.
     */
    private static final Map<String, Font> SIZED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Font> eldest) {
            return size() > 256;
        }
    };

    private FxFonts() {
    }

    static synchronized Font get(FontFace face, double size) {
        String name = NAMES.get(face);
        if (name == null) {
            Font loaded = Font.loadFont(new ByteArrayInputStream(FontMetrics.of(face).bytes()), size);
            name = loaded == null ? Font.getDefault().getName() : loaded.getName();
            NAMES.put(face, name);
        }
        return SIZED.computeIfAbsent(face.ordinal() + "@" + size, key -> new Font(NAMES.get(face), size));
    }
}
