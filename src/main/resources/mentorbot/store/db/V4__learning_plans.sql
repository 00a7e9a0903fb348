-- Schema version 4: personal learning plans (/plan). Standard SQL (SQLite and PostgreSQL), epoch milliseconds
-- as BIGINT. A plan keeps the learner's raw user id, as mentor requests do: the weekly nudge must reach them by DM.
-- One plan per person: Request#user() (platform, team, user; on Discord the team is empty).
CREATE TABLE learning_plans (
    platform     VARCHAR(16)  NOT NULL,
    team_id      VARCHAR(64)  NOT NULL,
    user_id      VARCHAR(128) NOT NULL,
    role_id      VARCHAR(100) NOT NULL,
    role_title   VARCHAR(200) NOT NULL,
    from_level   VARCHAR(16)  NOT NULL,
    nudge_day    VARCHAR(9),
    nudge_time   VARCHAR(5),
    nudge_zone   VARCHAR(64),
    nudge_from   BIGINT,
    created_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL,
    CONSTRAINT pk_learning_plans PRIMARY KEY (platform, team_id, user_id)
);

-- The plan's items as last shown (a snapshot: what the knowledge said then), so a knowledge edit that changes
-- or removes an item can be told to the learner; done_at is the learner's progress.
CREATE TABLE plan_items (
    platform   VARCHAR(16)  NOT NULL,
    team_id    VARCHAR(64)  NOT NULL,
    user_id    VARCHAR(128) NOT NULL,
    item_id    VARCHAR(100) NOT NULL,
    position   INTEGER      NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    source_id  VARCHAR(100) NOT NULL,
    text       VARCHAR(600) NOT NULL,
    done_at    BIGINT,
    CONSTRAINT pk_plan_items PRIMARY KEY (platform, team_id, user_id, item_id),
    CONSTRAINT fk_plan_items_plan FOREIGN KEY (platform, team_id, user_id)
        REFERENCES learning_plans (platform, team_id, user_id) ON DELETE CASCADE
);

-- The weekly nudge's ledger: one row per person and ISO week (YYYY-Www), claimed in a transaction before the DM
-- is sent, so a restart, a retry or a second bot on the same file never nudges twice in a week.
-- state: CLAIMED (being sent), SENT, FAILED.
CREATE TABLE plan_nudges (
    platform    VARCHAR(16)  NOT NULL,
    team_id     VARCHAR(64)  NOT NULL,
    user_id     VARCHAR(128) NOT NULL,
    week        VARCHAR(8)   NOT NULL,
    item_id     VARCHAR(100) NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    claimed_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL,
    detail      VARCHAR(500),
    CONSTRAINT uq_plan_nudges_user_week UNIQUE (platform, team_id, user_id, week)
);
