package org.handoutstudio.layout;

import java.util.List;

/** One set line: fragments in one font each, at offsets from the line's start. */
public record TextLine(List<Fragment> fragments, double width) {

    public record Fragment(String text, FontFace face, double x, double width) { }

    public TextLine {
        fragments = List.copyOf(fragments);
    }
}
