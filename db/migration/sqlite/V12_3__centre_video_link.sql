-- A centre that runs video consultations from one fixed meeting room (Jitsi, Meet, Zoom...) records its link here;
-- the booking slip of a video consultation prints it. Empty = the desk sends a link before each video consultation.
ALTER TABLE centre ADD COLUMN video_link TEXT NOT NULL DEFAULT '';
