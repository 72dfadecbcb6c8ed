-- Domain schema of Slimme Handhaving. Camunda manages its own tables (ACT_*) next to these.

CREATE SEQUENCE case_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE client (
    id                BIGSERIAL PRIMARY KEY,
    organisation      VARCHAR(64)  NOT NULL,
    bsn_hash          VARCHAR(64)  NOT NULL,
    bsn_masked        VARCHAR(16)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    preferred_channel VARCHAR(20),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_client_organisation_bsn UNIQUE (organisation, bsn_hash)
);

CREATE TABLE enforcement_case (
    id                    BIGSERIAL PRIMARY KEY,
    case_number           VARCHAR(20)  NOT NULL,
    organisation          VARCHAR(64)  NOT NULL,
    client_id             BIGINT       NOT NULL REFERENCES client (id),
    benefit_type          VARCHAR(20)  NOT NULL,
    stage                 VARCHAR(30)  NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    priority              VARCHAR(10),
    pyramid_level         INTEGER      NOT NULL,
    posture               VARCHAR(20),
    signal_substantiated  BOOLEAN,
    violation_established BOOLEAN,
    intensified_monitoring BOOLEAN     NOT NULL DEFAULT FALSE,
    process_instance_id   VARCHAR(64),
    opened_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at             TIMESTAMP WITH TIME ZONE,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_number UNIQUE (case_number)
);
CREATE INDEX ix_case_organisation_status ON enforcement_case (organisation, status);
CREATE INDEX ix_case_client ON enforcement_case (client_id);

CREATE TABLE signal (
    id                 BIGSERIAL PRIMARY KEY,
    case_id            BIGINT       NOT NULL REFERENCES enforcement_case (id),
    organisation       VARCHAR(64)  NOT NULL,
    external_reference VARCHAR(100) NOT NULL,
    source             VARCHAR(30)  NOT NULL,
    signal_type        VARCHAR(100) NOT NULL,
    description        VARCHAR(4000),
    estimated_amount   NUMERIC(12, 2),
    received_on        DATE         NOT NULL,
    assessment_reason  VARCHAR(4000),
    assessed_by        VARCHAR(64),
    assessed_at        TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_signal_reference UNIQUE (organisation, external_reference)
);

CREATE TABLE contact_moment (
    id                 BIGSERIAL PRIMARY KEY,
    case_id            BIGINT      NOT NULL REFERENCES enforcement_case (id),
    kind               VARCHAR(30) NOT NULL,
    channel            VARCHAR(20),
    summary            VARCHAR(4000),
    client_explanation VARCHAR(4000),
    recorded_by        VARCHAR(64) NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_contact_moment_case ON contact_moment (case_id);

CREATE TABLE posture_assessment (
    id                    BIGSERIAL PRIMARY KEY,
    case_id               BIGINT      NOT NULL REFERENCES enforcement_case (id),
    questionnaire_version INTEGER     NOT NULL,
    answers               VARCHAR(2000) NOT NULL,
    score_commitment      DOUBLE PRECISION,
    score_capitulation    DOUBLE PRECISION,
    score_resistance      DOUBLE PRECISION,
    score_disengagement   DOUBLE PRECISION,
    score_game_playing    DOUBLE PRECISION,
    answered_share        DOUBLE PRECISION NOT NULL,
    proposed_posture      VARCHAR(20),
    alternative_posture   VARCHAR(20),
    profile_clarity       VARCHAR(20),
    confirmed_posture     VARCHAR(20),
    override_reason       VARCHAR(4000),
    decided_by            VARCHAR(64),
    decided_at            TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_posture_assessment_case ON posture_assessment (case_id);

CREATE TABLE instrument_decision (
    id                    BIGSERIAL PRIMARY KEY,
    case_id               BIGINT      NOT NULL REFERENCES enforcement_case (id),
    pyramid_level         INTEGER     NOT NULL,
    posture               VARCHAR(20),
    violation_established BOOLEAN     NOT NULL,
    proposed_instruments  VARCHAR(1000) NOT NULL,
    approach              VARCHAR(200),
    chosen_instruments    VARCHAR(1000),
    change_reason         VARCHAR(4000),
    decided_by            VARCHAR(64),
    decided_at            TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_instrument_decision_case ON instrument_decision (case_id);

CREATE TABLE instrument_execution (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT      NOT NULL REFERENCES enforcement_case (id),
    instrument  VARCHAR(40) NOT NULL,
    notes       VARCHAR(4000),
    executed_by VARCHAR(64) NOT NULL,
    executed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_instrument_execution_case ON instrument_execution (case_id);

CREATE TABLE compliance_check (
    id            BIGSERIAL PRIMARY KEY,
    case_id       BIGINT      NOT NULL REFERENCES enforcement_case (id),
    pyramid_level INTEGER     NOT NULL,
    compliant     BOOLEAN     NOT NULL,
    notes         VARCHAR(4000),
    checked_by    VARCHAR(64) NOT NULL,
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_compliance_check_case ON compliance_check (case_id);

CREATE TABLE case_outcome (
    id                  BIGSERIAL PRIMARY KEY,
    case_id             BIGINT      NOT NULL REFERENCES enforcement_case (id),
    outcome             VARCHAR(30) NOT NULL,
    final_posture       VARCHAR(20),
    final_pyramid_level INTEGER     NOT NULL,
    instruments_used    VARCHAR(1000),
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_case_outcome_case UNIQUE (case_id)
);
