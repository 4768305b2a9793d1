package org.handoutstudio.layout;

/** An outline entry: a section title and where it starts. Pages count from 0. */
public record Bookmark(String title, int pageIndex, double y) {
}
