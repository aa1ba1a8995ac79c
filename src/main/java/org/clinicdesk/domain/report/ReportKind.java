package org.clinicdesk.domain.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five reports, with the name the command line knows each by. */
public enum ReportKind {
    ENQUIRIES("enquiries"), FUNNEL("funnel"), CONSULTATIONS("consultations"), FOLLOW_UPS("follow-ups"),
    SHEETS("sheets");

    private final String commandName;

    ReportKind(String commandName) {
        this.commandName = commandName;
    }

    /** As typed after {@code --report}, and in file names. */
    public String commandName() {
        return commandName;
    }

    public static Optional<ReportKind> byCommandName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.commandName.equals(wanted)).findFirst();
    }
}
