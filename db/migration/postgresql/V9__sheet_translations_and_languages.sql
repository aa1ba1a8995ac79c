-- Issue 13: sheets in the visitor's language.

-- A translation is a version of a sheet in another language, made from (and approved against) one English version
-- of the same sheet. When a newer English version is approved, the translation is out of date: it stops printing
-- for patients until a reviewer who reads its language approves it again against the new English.
ALTER TABLE sheet_version ADD COLUMN translated_from_id BIGINT REFERENCES sheet_version (id);
ALTER TABLE sheet_version ADD COLUMN out_of_date_since TEXT;

-- The languages a member of staff reads: only a reviewer who reads a translation's language may approve it.
CREATE TABLE staff_language (
    staff_id BIGINT  NOT NULL REFERENCES staff (id),
    language TEXT    NOT NULL CHECK (language IN ('en', 'hi', 'kn', 'te', 'ur')),
    PRIMARY KEY (staff_id, language)
);

-- The language the visitor reads best, for information (which sheets to offer); null when not asked.
ALTER TABLE enquiry ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'hi', 'kn', 'te', 'ur', 'other'));
