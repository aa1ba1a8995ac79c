package org.clinicdesk.domain.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for a person, as a key of {@code org/clinicdesk/messages.properties} and its arguments (an argument may
 * itself be a {@code UserMessage}). The UI words it in the reader's language; {@link #english()} is for logs and
 * command-line output. Numbers are worded as they are, without grouping, as the plain text did ({@code 1234}).
 */
public record UserMessage(String key, List<Object> arguments) {
    public static final String BUNDLE = "org.clinicdesk.messages";

    public UserMessage {
        Objects.requireNonNull(key, "key");
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static UserMessage of(String key, Object... arguments) {
        return new UserMessage(key, Arrays.asList(arguments));
    }

    /** The English text (the base bundle), with nested messages worded the same way. */
    public String english() {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        return wordedBy(english, Locale.ENGLISH);
    }

    /** This message worded from {@code bundle}; a missing key words as itself (and its arguments), never fails. */
    public String wordedBy(ResourceBundle bundle, Locale locale) {
        Object[] args = arguments.stream()
                .map(a -> a instanceof UserMessage m ? m.wordedBy(bundle, locale) : a instanceof Number ? a.toString() : a)
                .toArray();
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return args.length == 0 ? key : key + " " + Arrays.toString(args);
        }
    }
}
