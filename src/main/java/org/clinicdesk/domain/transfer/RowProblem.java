package org.clinicdesk.domain.transfer;

/**
 * Something wrong (or worth a look) in one cell of an imported spreadsheet.
 *
 * @param row    the spreadsheet row number (headings are row 1)
 * @param column the column heading, or "" when the whole row is concerned
 */
public record RowProblem(int row, String column, String message) {
    @Override
    public String toString() {
        return column.isEmpty() ? "Row " + row + ": " + message : "Row " + row + ", column \"" + column + "\": " + message;
    }
}
