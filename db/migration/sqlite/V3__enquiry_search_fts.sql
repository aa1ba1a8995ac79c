-- SQLite-only: full-text search over enquiries, kept in step with the enquiry table by triggers.
-- Trigram tokens match any run of three or more characters, in any script: part of a name, of an e-mail or a city,
-- and any run of four or more phone digits (phones are indexed as E.164 digits and, for India, as 10 national digits).
-- Erased enquiries are not indexed; an UPDATE re-indexes the row, so anonymising removes the old text from the index,
-- and 'secure-delete' makes FTS5 overwrite deleted tokens instead of leaving them in the file.
CREATE VIRTUAL TABLE enquiry_fts USING fts5(
    full_name, phones, email, city,
    tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO enquiry_fts (enquiry_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER enquiry_fts_after_insert AFTER INSERT ON enquiry WHEN new.erased_at IS NULL
BEGIN
    INSERT INTO enquiry_fts (rowid, full_name, phones, email, city)
    VALUES (new.id, new.full_name,
            trim(coalesce(substr(new.phone, 2), '') || ' '
                 || CASE WHEN new.phone LIKE '+91%' THEN substr(new.phone, 4) ELSE '' END || ' '
                 || coalesce(substr(new.phone_alt, 2), '') || ' '
                 || CASE WHEN new.phone_alt LIKE '+91%' THEN substr(new.phone_alt, 4) ELSE '' END),
            coalesce(new.email, ''), coalesce(new.city, ''));
END;

CREATE TRIGGER enquiry_fts_after_update AFTER UPDATE OF full_name, phone, phone_alt, email, city, erased_at ON enquiry
BEGIN
    DELETE FROM enquiry_fts WHERE rowid = old.id;
    INSERT INTO enquiry_fts (rowid, full_name, phones, email, city)
    SELECT new.id, new.full_name,
           trim(coalesce(substr(new.phone, 2), '') || ' '
                || CASE WHEN new.phone LIKE '+91%' THEN substr(new.phone, 4) ELSE '' END || ' '
                || coalesce(substr(new.phone_alt, 2), '') || ' '
                || CASE WHEN new.phone_alt LIKE '+91%' THEN substr(new.phone_alt, 4) ELSE '' END),
           coalesce(new.email, ''), coalesce(new.city, '')
    WHERE new.erased_at IS NULL;
END;

CREATE TRIGGER enquiry_fts_after_delete AFTER DELETE ON enquiry
BEGIN
    DELETE FROM enquiry_fts WHERE rowid = old.id;
END;

-- rows written before this migration
INSERT INTO enquiry_fts (rowid, full_name, phones, email, city)
SELECT id, full_name,
       trim(coalesce(substr(phone, 2), '') || ' '
            || CASE WHEN phone LIKE '+91%' THEN substr(phone, 4) ELSE '' END || ' '
            || coalesce(substr(phone_alt, 2), '') || ' '
            || CASE WHEN phone_alt LIKE '+91%' THEN substr(phone_alt, 4) ELSE '' END),
       coalesce(email, ''), coalesce(city, '')
FROM enquiry WHERE erased_at IS NULL;

-- the follow-up queue reads open enquiries by due day
CREATE INDEX enquiry_open_follow_up ON enquiry (next_follow_up, created_at) WHERE status <> 'CLOSED' AND erased_at IS NULL;
