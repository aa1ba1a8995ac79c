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

-- Indexes the reports' plans use: each figure is one range scan over an index that holds the columns it groups by.
CREATE INDEX enquiry_report ON enquiry (created_at, centre_id, channel, person_id);
CREATE INDEX enquiry_closed ON enquiry (closed_at, centre_id, close_reason);
CREATE INDEX enquiry_event_contact ON enquiry_event (kind, at);
CREATE INDEX consultation_report ON consultation (starts_at, centre_id, clinician_id, status, mode);
CREATE INDEX handout_report ON handout (given_at, centre_id, sheet_version_id, language, method, enquiry_id);
