-- An enquiry saved while an earlier enquiry of another person had the same phone, with no decision taken at the desk
-- ("same person" or "someone else"): flagged for a look until someone decides. Ids only, no personal data.
CREATE TABLE enquiry_match_check (
    enquiry_id  BIGINT  PRIMARY KEY REFERENCES enquiry (id) ON DELETE CASCADE,
    matched_ids TEXT    NOT NULL,
    flagged_at  TEXT    NOT NULL,
    flagged_by_id  BIGINT  REFERENCES staff (id),
    resolved_at TEXT,
    resolved_by_id BIGINT REFERENCES staff (id)
);
CREATE INDEX enquiry_match_check_open ON enquiry_match_check (flagged_at) WHERE resolved_at IS NULL;
