package org.clinicdesk.domain.sheet;

/** Sheets given in a period: all of them, and those to walk-ins who left no details (counted, never named). */
public record HandoutTally(int total, int walkIns) {
}
