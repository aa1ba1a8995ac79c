-- PostgreSQL twin of sqlite/V11_1: closed_at follows the status, whoever writes it (the desk, the import, a booking
-- that reopens it).
CREATE FUNCTION enquiry_closed_at_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'CLOSED' AND NEW.closed_at IS NULL THEN
            NEW.closed_at := NEW.updated_at;
        END IF;
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        NEW.closed_at := CASE WHEN NEW.status = 'CLOSED' THEN NEW.updated_at END;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER enquiry_closed_at BEFORE INSERT OR UPDATE OF status ON enquiry
    FOR EACH ROW EXECUTE FUNCTION enquiry_closed_at_follow();
