-- PostgreSQL twin of sqlite/V13: search ranks an enquiry whose whole name is what was typed first, found through
-- this index (same expression and rows as SQLite's: erased enquiries are not searched).
CREATE INDEX enquiry_name_lower ON enquiry (lower(full_name)) WHERE erased_at IS NULL;
