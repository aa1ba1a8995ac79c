-- When reception last tried and failed to reach the person to confirm this consultation (null: not tried or reached).
ALTER TABLE consultation ADD COLUMN unreachable_at TEXT;
