-- Ads managed in the newsroom (SPEC N6): an ad may show sanitized HTML, set by an admin, in
-- place of its image. Expand only: older nodes ignore the column.
ALTER TABLE ads ADD COLUMN html TEXT;
