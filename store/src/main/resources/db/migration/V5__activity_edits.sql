-- Remote posts can be edited and deleted by their authors. A deleted post keeps its row (so its
-- thread and the counts stay whole) but loses its text; an edit replaces the text.
ALTER TABLE activity ADD COLUMN edited_at timestamptz;
ALTER TABLE activity ADD COLUMN deleted_at timestamptz;
