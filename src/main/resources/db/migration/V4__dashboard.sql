-- Baseline and target that managers set for each self-identified category of hires, as shares of
-- all hires in percent: the dashboard's equity tables compare the program's hires with them.
CREATE TABLE equity_goal (
    dimension        VARCHAR(16)  NOT NULL,
    category         VARCHAR(64)  NOT NULL,
    baseline_percent DECIMAL(4,1),
    target_percent   DECIMAL(4,1),
    updated_at       TIMESTAMP    NOT NULL,
    updated_by       VARCHAR(255) NOT NULL,
    CONSTRAINT pk_equity_goal PRIMARY KEY (dimension, category)
);
