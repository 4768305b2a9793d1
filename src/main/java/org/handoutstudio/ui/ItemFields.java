package org.handoutstudio.ui;

import java.util.Map;
import javafx.scene.control.TextField;
import org.handoutstudio.library.LibraryItem;
import org.handoutstudio.library.Provenance;

/** The fields of one kind of library item in the content form. */
interface ItemFields {

    FormGrid form();

    /** The title field, from which a new item's id is made. */
    TextField titleField();

    /**
     * The item as the fields have it. Anything that stops a field being read at all (letters in
     * a number) goes into {@code unreadable}, by field, and the field is left at its default.
     */
    LibraryItem read(String id, Provenance provenance, Map<String, String> unreadable);
}
