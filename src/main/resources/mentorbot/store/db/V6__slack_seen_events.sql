-- Schema version 6: Slack events already taken for answering, shared by every replica on one database, so an event
-- Slack retries to another process is answered once. event_key is 'event:<event_id>' or 'message:<channel>:<ts>'
-- (the same message delivered again under a new event id). A row counts until expires_at (epoch milliseconds);
-- an expired one may be claimed again and old ones are deleted now and then. Standard SQL (SQLite and PostgreSQL).
CREATE TABLE slack_seen_events (
    event_key   VARCHAR(200) NOT NULL PRIMARY KEY,
    seen_at     BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL
);
CREATE INDEX ix_slack_seen_events_expiry ON slack_seen_events (expires_at);
