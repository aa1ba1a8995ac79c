package org.clinicdesk.ui.sheet;

import java.util.List;

/** "Give sheets" from an enquiry: the enquiries screen calls this with the enquiry and its conditions. */
public interface SheetGiver {
    /** Suggests the approved sheets for these conditions; the ones printed or saved are logged against the enquiry. */
    void giveSheets(long enquiryId, List<Long> conditionIds);

    /** As {@link #giveSheets(long, List)}; {@code whenDone} runs after each print or PDF is logged and when the window closes. */
    default void giveSheets(long enquiryId, List<Long> conditionIds, Runnable whenDone) {
        giveSheets(enquiryId, conditionIds);
        whenDone.run();
    }

    /** The same for an anonymous walk-in: handouts are counted without an enquiry; {@code whenDone} as above. */
    void giveSheetsToWalkIn(List<Long> conditionIds, Runnable whenDone);
}
