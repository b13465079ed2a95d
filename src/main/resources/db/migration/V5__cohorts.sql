-- Employer cohorts (processes/employer-cohort.bpmn): the cohort itself, its members and its workshop
-- sessions. The cohort's id is the business key of its process; a member is an employer journey
-- (its business key), in at most one cohort at a time. The journey carries the same cohort as its
-- variables cohortId and cohortName, written in the same transaction as these rows.
CREATE TABLE cohort (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name          VARCHAR(120)  NOT NULL,
    sector        VARCHAR(40),
    region        VARCHAR(120),
    planned_size  INTEGER,
    starts_on     DATE,
    ends_on       DATE,
    status        VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    closed_at     TIMESTAMP
);

CREATE TABLE cohort_member (
    business_key  VARCHAR(64)   NOT NULL PRIMARY KEY,
    cohort_id     VARCHAR(64)   NOT NULL,
    employer_name VARCHAR(200)  NOT NULL,
    joined_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);

CREATE INDEX ix_cohort_member_cohort ON cohort_member (cohort_id);

CREATE TABLE cohort_session (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    cohort_id     VARCHAR(64)   NOT NULL,
    starts_at     TIMESTAMP     NOT NULL,
    place         VARCHAR(500)  NOT NULL,
    note          VARCHAR(2000),
    status        VARCHAR(16)   NOT NULL,
    CONSTRAINT fk_cohort_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);

CREATE INDEX ix_cohort_session_cohort ON cohort_session (cohort_id);
