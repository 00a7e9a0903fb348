-- Daily tips, schema version 1. Standard SQL that runs on SQLite and PostgreSQL:
-- plain types, epoch milliseconds as BIGINT, dates as ISO text (YYYY-MM-DD sorts correctly).
CREATE TABLE tip_subscriptions (
    channel_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    platform        VARCHAR(16)  NOT NULL,
    team_id         VARCHAR(64)  NOT NULL,
    channel_id      VARCHAR(64)  NOT NULL,
    local_time      VARCHAR(5)   NOT NULL,
    zone_id         VARCHAR(64)  NOT NULL,
    created_by      VARCHAR(128),
    created_at      BIGINT       NOT NULL,
    effective_from  BIGINT       NOT NULL,
    active          SMALLINT     NOT NULL,
    paused          SMALLINT     NOT NULL,
    paused_reason   VARCHAR(500),
    rotation_seed   BIGINT       NOT NULL,
    rotation_cycle  INTEGER      NOT NULL,
    updated_at      BIGINT       NOT NULL
);

CREATE TABLE tip_post_ledger (
    channel_key  VARCHAR(200) NOT NULL,
    local_date   VARCHAR(10)  NOT NULL,
    tip_id       VARCHAR(200) NOT NULL,
    cycle        INTEGER      NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    attempts     INTEGER      NOT NULL,
    owner        VARCHAR(64)  NOT NULL,
    claimed_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL,
    message_id   VARCHAR(200),
    detail       VARCHAR(500),
    CONSTRAINT uq_tip_post_ledger_channel_day UNIQUE (channel_key, local_date)
);

CREATE INDEX ix_tip_post_ledger_state ON tip_post_ledger (state, updated_at);
CREATE INDEX ix_tip_post_ledger_day ON tip_post_ledger (local_date);
