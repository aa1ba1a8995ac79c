-- Exact name matches rank first in search (the first tier of a text search reads this index).
CREATE INDEX enquiry_name_lower ON enquiry (lower(full_name));
