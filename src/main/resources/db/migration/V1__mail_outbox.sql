-- Mail leaves through this table: a process step records a message in its own transaction and the
-- sender delivers it. dedup_key makes a second recording of the same message (a retried job, a
-- second node) fail instead of sending twice.
CREATE TABLE mail_outbox (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    dedup_key           VARCHAR(255)  NOT NULL,
    kind                VARCHAR(80)   NOT NULL,
    recipient           VARCHAR(320)  NOT NULL,
    business_key        VARCHAR(64),
    process_instance_id VARCHAR(64),
    model               TEXT          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    attempts            INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMP     NOT NULL,
    last_error          VARCHAR(2000),
    created_at          TIMESTAMP     NOT NULL,
    sent_at             TIMESTAMP,
    CONSTRAINT uq_mail_outbox_dedup UNIQUE (dedup_key)
);

CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_business_key ON mail_outbox (business_key);
