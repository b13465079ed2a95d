-- Mail leaves through this table: a process step records a message in its own transaction and a
-- sender delivers it later. dedup_key makes a second recording of the same message (a retried
-- job, a second node) a no-op instead of a second mail. A sender claims a batch by writing its
-- claim token; a claim that outlives claim_expires_at (a node died) may be taken over.
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
    claim_token         VARCHAR(36),
    claim_expires_at    TIMESTAMP,
    last_error          VARCHAR(2000),
    subject             VARCHAR(300),
    created_at          TIMESTAMP     NOT NULL,
    sent_at             TIMESTAMP,
    CONSTRAINT uq_mail_outbox_dedup UNIQUE (dedup_key)
);

CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_business_key ON mail_outbox (business_key);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);
