package org.clinicdesk.domain.transfer;

/** What an import wrote: {@code imported} rows in one transaction, {@code rejected} rows left out. */
public record ImportResult(int imported, long rejected, ImportCheck check) {
}
