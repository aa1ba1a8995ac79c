-- Column mappings for importing enquiries from a clinic's old spreadsheets, remembered by name.
-- definition: the mapping as properties text (column per field, consent method for all rows, defaults).
CREATE TABLE import_mapping (
    name       TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
