-- The employer portal: applications already started (so a repeated submit starts nothing), and
-- recent requests per client address for the rate limits. Addresses are stored only as keyed hashes.
CREATE TABLE portal_submission (
  submission_key VARCHAR(64) PRIMARY KEY,
  business_key VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE portal_request (
  id VARCHAR(36) PRIMARY KEY,
  action VARCHAR(32) NOT NULL,
  client VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL
);

CREATE INDEX portal_request_by_client ON portal_request (action, client, created_at);
