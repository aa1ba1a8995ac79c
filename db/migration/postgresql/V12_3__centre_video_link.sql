-- PostgreSQL twin of sqlite/V12_3: the centre's fixed video meeting room, printed on a video consultation's booking
-- slip; empty = the desk sends a link before each video consultation.
ALTER TABLE centre ADD COLUMN video_link TEXT NOT NULL DEFAULT '';
