package org.handoutstudio.layout;

/** A piece of inline text, bold or regular. */
public record Span(String text, boolean bold) {
}
