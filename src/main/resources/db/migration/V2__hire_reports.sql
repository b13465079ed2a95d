-- Facts about hires for the program's statistics. No name and nothing about a person's record:
-- the journey's business key says which employer, the rest says what kind of job and who, as the
-- hire chose to self-identify (or 'declined').
CREATE TABLE hire_report (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    business_key      VARCHAR(64)   NOT NULL,
    county            VARCHAR(80),
    industry          VARCHAR(40),
    cohort_id         VARCHAR(64),
    referral_partner  VARCHAR(200),
    start_date        DATE          NOT NULL,
    job_role          VARCHAR(120),
    hourly_wage       DECIMAL(8,2),
    hours_per_week    DECIMAL(5,1),
    employment_type   VARCHAR(16),
    bond_requested    BOOLEAN       NOT NULL,
    bond_end_date     DATE,
    wotc_applies      BOOLEAN       NOT NULL,
    wotc_deadline     DATE,
    wotc_submitted_on DATE,
    race_ethnicity    VARCHAR(64)   NOT NULL,
    gender            VARCHAR(32)   NOT NULL,
    reported_at       TIMESTAMP     NOT NULL
);

CREATE INDEX ix_hire_report_business_key ON hire_report (business_key);
CREATE INDEX ix_hire_report_start_date ON hire_report (start_date);

-- What the employer answered at each retention check-in (30, 90, 180 days by default).
CREATE TABLE hire_retention_check_in (
    hire_report_id  VARCHAR(36)  NOT NULL,
    day_after_start INTEGER      NOT NULL,
    still_employed  BOOLEAN      NOT NULL,
    hourly_wage     DECIMAL(8,2),
    promoted        BOOLEAN,
    recorded_at     TIMESTAMP    NOT NULL,
    CONSTRAINT pk_hire_retention_check_in PRIMARY KEY (hire_report_id, day_after_start),
    CONSTRAINT fk_hire_retention_check_in_report FOREIGN KEY (hire_report_id) REFERENCES hire_report (id)
);
