package org.handoutstudio.handout;

/** The editor's colours: light (the default) or dark. Printed handouts are the same either way. */
public enum Theme {
    LIGHT, DARK
}
