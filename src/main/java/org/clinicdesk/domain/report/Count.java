package org.clinicdesk.domain.report;

/**
 * One group of an aggregate and how many it holds. {@code key} is what the database grouped by: an enum name (channel,
 * status), a name kept as data (centre, condition, clinician), or null where nothing was recorded.
 */
public record Count(String key, long count) {
}
