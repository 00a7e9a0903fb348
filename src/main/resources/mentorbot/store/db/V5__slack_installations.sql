-- Schema version 5: Slack workspaces that installed the bot through OAuth. Standard SQL (SQLite and PostgreSQL),
-- epoch milliseconds as BIGINT. One row per workspace: its latest installation. The bot token is never stored in
-- the clear: bot_token_enc is AES-256-GCM under MENTORBOT_SECRET_KEY (v1: + base64 of nonce, ciphertext and tag).
-- enterprise_id is '' for a workspace outside Enterprise Grid (a primary key column cannot be NULL in PostgreSQL).
CREATE TABLE slack_installations (
    team_id            VARCHAR(64)   NOT NULL,
    enterprise_id      VARCHAR(64)   NOT NULL,
    team_name          VARCHAR(200),
    app_id             VARCHAR(64),
    bot_id             VARCHAR(64),
    bot_user_id        VARCHAR(64)   NOT NULL,
    bot_scopes         VARCHAR(1000),
    bot_token_enc      VARCHAR(1000) NOT NULL,
    installer_user_id  VARCHAR(64),
    installed_at       BIGINT        NOT NULL,
    updated_at         BIGINT        NOT NULL,
    CONSTRAINT pk_slack_installations PRIMARY KEY (team_id)
);

-- The OAuth state parameters issued by /slack/install and not used yet: kept here, not in one process's memory, so
-- any replica can finish a flow another began. A state is deleted when it is used (once) and refused after expires_at.
CREATE TABLE slack_oauth_states (
    state       VARCHAR(64) NOT NULL,
    expires_at  BIGINT      NOT NULL,
    CONSTRAINT pk_slack_oauth_states PRIMARY KEY (state)
);
