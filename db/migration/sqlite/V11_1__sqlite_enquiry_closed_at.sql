-- SQLite-only: closed_at follows the status, whoever writes it (the desk, the import, a booking that reopens it).
CREATE TRIGGER enquiry_closed_at_insert AFTER INSERT ON enquiry
WHEN NEW.status = 'CLOSED' AND NEW.closed_at IS NULL
BEGIN
    UPDATE enquiry SET closed_at = NEW.updated_at WHERE id = NEW.id;
END;

CREATE TRIGGER enquiry_closed_at_update AFTER UPDATE OF status ON enquiry
WHEN NEW.status IS NOT OLD.status
BEGIN
    UPDATE enquiry SET closed_at = CASE WHEN NEW.status = 'CLOSED' THEN NEW.updated_at END WHERE id = NEW.id;
END;
