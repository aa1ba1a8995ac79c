package org.clinicdesk.domain.report;

import java.time.LocalDate;
import java.util.Locale;
import org.clinicdesk.domain.common.DateFormats;
import org.clinicdesk.domain.common.UserMessage;

/** How a report words its groups and rates: message keys for what the program names, data names as they are. */
final class ReportText {
    private ReportText() {
    }

    static String day(LocalDate day) {
        return DateFormats.DATE.format(day);
    }

    /** An enum name under its labels' prefix ("enquiry.channel." + "PHONE"), or {@code none} for null. */
    static UserMessage label(String prefix, String key, String none) {
        return key == null ? UserMessage.of(none) : UserMessage.of(prefix + key);
    }

    /** A name kept as data (a centre, a clinician, a sheet's title), or {@code none} for null. */
    static UserMessage name(String name, String none) {
        return name == null ? UserMessage.of(none) : UserMessage.of("report.name", name);
    }

    /** A language code as its English name ("kn": Kannada). */
    static UserMessage language(String code) {
        String name = code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return UserMessage.of("report.name", name.isEmpty() ? String.valueOf(code) : name);
    }

    static UserMessage weekday(int isoDay) {
        return UserMessage.of("report.weekday." + isoDay);
    }

    /** {@code part} of {@code whole} in per cent to one decimal; null when there is nothing to divide by. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    static String percent(double rate) {
        return ReportTable.figure(rate);
    }

    static UserMessage column(String key) {
        return UserMessage.of("report.column." + key);
    }
}
