package org.clinicdesk.ui.enquiry;

import javafx.util.StringConverter;
import org.clinicdesk.ui.common.Messages;

/** Shows enum values in combo boxes and tables by their messages: the prefix "enquiry.channel." and WALK_IN give "Walk-in". */
final class EnumLabels {
    private EnumLabels() {
    }

    static String label(String prefix, Enum<?> value) {
        return value == null ? "" : Messages.get(prefix + value.name());
    }

    static <E extends Enum<E>> StringConverter<E> converter(String prefix, String nullKey, Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? Messages.get(nullKey) : label(prefix, value);
            }

            @Override
            public E fromString(String text) {
                for (E e : type.getEnumConstants()) {
                    if (label(prefix, e).equals(text)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
