-- The mentoring loop, schema version 2: what was asked and answered, votes, each team's mentors
-- channel, and mentor requests. Standard SQL (SQLite and PostgreSQL), epoch milliseconds as BIGINT.

-- One row per handled request; answer_id is the random id the reply's buttons carry.
CREATE TABLE asked_questions (
    answer_id     VARCHAR(32)   NOT NULL PRIMARY KEY,
    platform      VARCHAR(16)   NOT NULL,
    team_id       VARCHAR(64)   NOT NULL,
    user_id       VARCHAR(128)  NOT NULL,
    channel_kind  VARCHAR(16)   NOT NULL,
    question      VARCHAR(1000) NOT NULL,
    normalized    VARCHAR(1000) NOT NULL,
    entry_ids     VARCHAR(1000) NOT NULL,
    declined      SMALLINT      NOT NULL,
    answer_title  VARCHAR(200)  NOT NULL,
    answer_lead   VARCHAR(400)  NOT NULL,
    asked_at      BIGINT        NOT NULL
);
CREATE INDEX ix_asked_questions_time ON asked_questions (asked_at);
CREATE INDEX ix_asked_questions_user ON asked_questions (platform, team_id, user_id);

-- One vote per answer and user: a second click changes it (ON CONFLICT … DO UPDATE), never adds one.
CREATE TABLE answer_votes (
    answer_id  VARCHAR(32)  NOT NULL,
    user_id    VARCHAR(128) NOT NULL,
    helpful    SMALLINT     NOT NULL,
    voted_at   BIGINT       NOT NULL,
    CONSTRAINT uq_answer_votes_answer_user UNIQUE (answer_id, user_id),
    CONSTRAINT fk_answer_votes_answer FOREIGN KEY (answer_id) REFERENCES asked_questions (answer_id) ON DELETE CASCADE
);

-- Where a workspace's or server's mentor requests go.
CREATE TABLE mentors_channels (
    platform      VARCHAR(16)  NOT NULL,
    team_id       VARCHAR(64)  NOT NULL,
    channel_id    VARCHAR(64)  NOT NULL,
    channel_name  VARCHAR(100),
    set_by        VARCHAR(128) NOT NULL,
    set_at        BIGINT       NOT NULL,
    CONSTRAINT pk_mentors_channels PRIMARY KEY (platform, team_id)
);

-- A learner's request for a human mentor: one per answer (a second click finds the first).
-- state: POSTING (claimed for posting), UNSENT (the post failed; a click tries again),
-- OPEN (the card is up), CLAIMED, RESOLVED. reminded_at is set, in a transaction, before the one reminder is posted.
CREATE TABLE mentor_requests (
    request_id    VARCHAR(32)   NOT NULL PRIMARY KEY,
    answer_id     VARCHAR(32)   NOT NULL,
    platform      VARCHAR(16)   NOT NULL,
    team_id       VARCHAR(64)   NOT NULL,
    asker_id      VARCHAR(128)  NOT NULL,
    question      VARCHAR(1000) NOT NULL,
    bot_answer    VARCHAR(600)  NOT NULL,
    channel_id    VARCHAR(64),
    message_id    VARCHAR(200),
    state         VARCHAR(16)   NOT NULL,
    claimer_id    VARCHAR(128),
    detail        VARCHAR(500),
    created_at    BIGINT        NOT NULL,
    claimed_at    BIGINT,
    resolved_at   BIGINT,
    reminded_at   BIGINT,
    CONSTRAINT uq_mentor_requests_answer UNIQUE (answer_id)
);
CREATE INDEX ix_mentor_requests_state ON mentor_requests (state, created_at);
