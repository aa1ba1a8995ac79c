-- Reports (issue 15). Portable SQL; the SQLite triggers that keep closed_at are in V11_1.

-- When an enquiry was closed (UTC, as every stamp), so "closed in this range, by reason" survives later edits and
-- erasure. Enquiries closed before this migration take the time of their last status change to closed, else their
-- last change.
ALTER TABLE enquiry ADD COLUMN closed_at TEXT;
UPDATE enquiry SET closed_at = coalesce(
        (SELECT max(ev.at) FROM enquiry_event ev
         WHERE ev.enquiry_id = enquiry.id AND ev.kind = 'STATUS' AND ev.detail LIKE '%→ CLOSED%'),
        updated_at)
WHERE status = 'CLOSED';

-- A contact (call, WhatsApp, no answer) records the follow-up date it answered and whether it came after that date
-- (by the clinic's day); both null for other events and for contacts logged before this migration.
ALTER TABLE enquiry_event ADD COLUMN follow_up_due TEXT;
ALTER TABLE enquiry_event ADD COLUMN follow_up_late INTEGER CHECK (follow_up_late IS NULL OR follow_up_late IN (0, 1));
