package org.clinicdesk.domain.sheet;

import java.time.Instant;

/** One sheet given to a visitor: which version, in which language, to which enquiry (null for a walk-in), how, by whom. */
public record Handout(long id, long sheetVersionId, Long enquiryId, Long centreId, String language,
                      HandoutMethod method, Long givenBy, Instant givenAt) {
}
