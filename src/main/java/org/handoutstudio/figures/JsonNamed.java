package org.handoutstudio.figures;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant with the word used for it in figure JSON; lookups shared by every such enum. */
interface JsonNamed {

    String jsonName();

    static <E extends Enum<E> & JsonNamed> Optional<E> find(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.jsonName().equals(name)).findFirst();
    }

    /** The allowed words, for error messages. */
    static <E extends Enum<E> & JsonNamed> String names(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(JsonNamed::jsonName).toList());
    }
}
