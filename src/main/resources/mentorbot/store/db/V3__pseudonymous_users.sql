-- Schema version 3: asked questions and votes keep a pseudonymous reference to the user instead of the
-- platform's user id (HMAC-SHA256 of platform, team and user under this file's own random key), so votes stay
-- once per user and /mentor forget me finds a user's rows, while the rows alone name nobody. Mentor requests
-- keep the raw asker id: the queue must reach the learner. Standard SQL (SQLite 3.25+ and PostgreSQL).
ALTER TABLE asked_questions RENAME COLUMN user_id TO user_ref;
ALTER TABLE answer_votes RENAME COLUMN user_id TO voter_ref;

-- Secrets of this database file. 'user_ref': the pseudonym key, 32 random bytes as hex, created by the bot
-- on the first open after this migration (in the same transaction that rewrites any rows written before it).
CREATE TABLE store_keys (
    name        VARCHAR(32)  NOT NULL PRIMARY KEY,
    key_value   VARCHAR(128) NOT NULL,
    created_at  BIGINT       NOT NULL
);
