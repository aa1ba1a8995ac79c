package org.clinicdesk.domain.sheet;

/** A sheet version cleared to print, and whether every page must carry the DRAFT watermark. */
public record PrintDecision(SheetVersion version, boolean draftWatermark) {
}
