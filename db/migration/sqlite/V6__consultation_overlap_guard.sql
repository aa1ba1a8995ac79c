-- SQLite-only: the last line of defence against double-booking a clinician. The store already refuses an overlapping
-- booking inside its write transaction; these triggers make the database itself refuse one written any other way.
-- Times are fixed-width local ISO text ("2026-11-25T10:30"), so text order is time order.
CREATE TRIGGER consultation_no_overlap_insert BEFORE INSERT ON consultation
WHEN NEW.status NOT IN ('CANCELLED', 'RESCHEDULED', 'NO_SHOW')
    AND EXISTS (SELECT 1 FROM consultation c
                WHERE c.clinician_id = NEW.clinician_id
                  AND c.status NOT IN ('CANCELLED', 'RESCHEDULED', 'NO_SHOW')
                  AND c.starts_at < NEW.ends_at AND c.ends_at > NEW.starts_at)
BEGIN
    SELECT RAISE(ABORT, 'clinician double-booked');
END;

CREATE TRIGGER consultation_no_overlap_update BEFORE UPDATE OF status, starts_at, ends_at, clinician_id ON consultation
WHEN NEW.status NOT IN ('CANCELLED', 'RESCHEDULED', 'NO_SHOW')
    AND EXISTS (SELECT 1 FROM consultation c
                WHERE c.id <> NEW.id
                  AND c.clinician_id = NEW.clinician_id
                  AND c.status NOT IN ('CANCELLED', 'RESCHEDULED', 'NO_SHOW')
                  AND c.starts_at < NEW.ends_at AND c.ends_at > NEW.starts_at)
BEGIN
    SELECT RAISE(ABORT, 'clinician double-booked');
END;
