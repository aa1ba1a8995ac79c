-- PostgreSQL twin of sqlite/V3: the searchable text of each enquiry (name, phone digit forms, e-mail, city) in a table
-- of the same name and columns as SQLite's FTS5 table, kept in step by a trigger, with pg_trgm GIN indexes. The text
-- is stored folded (lower case, no diacritics), as SQLite's trigram tokenizer with remove_diacritics compares it;
-- the search folds the query the same way (clinicdesk_fold). Erased enquiries are not indexed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads its dictionary by name); the two-argument form with a fixed dictionary is safe
-- to use in an index and a trigger.
CREATE FUNCTION clinicdesk_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
$$;

CREATE FUNCTION clinicdesk_phone_digits(phone text, phone_alt text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT trim(coalesce(substr(phone, 2), '') || ' '
                || CASE WHEN phone LIKE '+91%' THEN substr(phone, 4) ELSE '' END || ' '
                || coalesce(substr(phone_alt, 2), '') || ' '
                || CASE WHEN phone_alt LIKE '+91%' THEN substr(phone_alt, 4) ELSE '' END)
$$;

CREATE TABLE enquiry_fts (
    rowid     BIGINT PRIMARY KEY REFERENCES enquiry (id) ON DELETE CASCADE,
    full_name TEXT NOT NULL,
    phones    TEXT NOT NULL,
    email     TEXT NOT NULL,
    city      TEXT NOT NULL
);
CREATE INDEX enquiry_fts_full_name ON enquiry_fts USING gin (full_name gin_trgm_ops);
CREATE INDEX enquiry_fts_phones ON enquiry_fts USING gin (phones gin_trgm_ops);
CREATE INDEX enquiry_fts_email ON enquiry_fts USING gin (email gin_trgm_ops);
CREATE INDEX enquiry_fts_city ON enquiry_fts USING gin (city gin_trgm_ops);

CREATE FUNCTION enquiry_fts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM enquiry_fts WHERE rowid = NEW.id;
    IF NEW.erased_at IS NULL THEN
        INSERT INTO enquiry_fts (rowid, full_name, phones, email, city)
        VALUES (NEW.id, clinicdesk_fold(NEW.full_name), clinicdesk_phone_digits(NEW.phone, NEW.phone_alt),
                clinicdesk_fold(coalesce(NEW.email, '')), clinicdesk_fold(coalesce(NEW.city, '')));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER enquiry_fts_after_insert AFTER INSERT ON enquiry
    FOR EACH ROW EXECUTE FUNCTION enquiry_fts_follow();
CREATE TRIGGER enquiry_fts_after_update AFTER UPDATE OF full_name, phone, phone_alt, email, city, erased_at ON enquiry
    FOR EACH ROW EXECUTE FUNCTION enquiry_fts_follow();
-- deletes follow by the foreign key's ON DELETE CASCADE

-- rows written before this migration
INSERT INTO enquiry_fts (rowid, full_name, phones, email, city)
SELECT id, clinicdesk_fold(full_name), clinicdesk_phone_digits(phone, phone_alt),
       clinicdesk_fold(coalesce(email, '')), clinicdesk_fold(coalesce(city, ''))
FROM enquiry WHERE erased_at IS NULL;

-- the follow-up queue reads open enquiries by due day
CREATE INDEX enquiry_open_follow_up ON enquiry (next_follow_up, created_at) WHERE status <> 'CLOSED' AND erased_at IS NULL;
