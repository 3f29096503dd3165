-- The activities of one platform over some days, newest first: what a point of the Overview's activity
-- chart opens, and the API's activity log by platform. Without it a rare platform's week is found by
-- reading every platform's activities of that week (a couple of hundred thousand at ten million a year).
CREATE INDEX activity_platform_recent ON activity (workspace_id, platform, at DESC, id DESC);
