package org.clinicdesk.domain.transfer;

import java.util.List;

/**
 * The result of checking every row before anything is written.
 *
 * @param problems rows that cannot be imported, by row and column
 * @param warnings     rows that will be imported but deserve a look (a phone that matches an existing enquiry)
 * @param notImported  the file's columns that no field takes, by heading: their cells are not imported
 * @param alreadyThere rows skipped because an enquiry with the same name, phone and date is stored (or earlier in
 *                     the file): importing a file again, or an overlapping export, adds only the new rows
 * @param toLookAt     rows that may be a person already on file (same phone or a similar name, as the desk's
 *                     returning-caller check finds them): imported as new enquiries and flagged for a look
 */
public record ImportCheck(int totalRows, List<ImportedEnquiry> valid, List<RowProblem> problems,
                          List<RowProblem> warnings, List<String> notImported, List<Integer> alreadyThere,
                          List<Integer> toLookAt) {
    public ImportCheck {
        toLookAt = List.copyOf(toLookAt);
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        notImported = List.copyOf(notImported);
        alreadyThere = List.copyOf(alreadyThere);
    }

    /** The condition names rows hold that are not on the clinic's list, each once, as first written. */
    public List<String> unknownConditions() {
        java.util.Map<String, String> byFolded = new java.util.LinkedHashMap<>();
        valid.forEach(e -> e.unknownConditions().forEach(n -> byFolded.putIfAbsent(Folding.fold(n), n)));
        return List.copyOf(byFolded.values());
    }

    public long rejectedRows() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }

    public boolean allValid() {
        return problems.isEmpty();
    }
}
