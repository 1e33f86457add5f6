-- esip core schema, version 7: time-limited handling (限时办理, clause 6.1 a): the working-day calendar
-- imported from the State Council's notice, and each ticket's deadlines and escalation.

CREATE TABLE CALENDAR_DAY (
    DAY_DATE DATE        NOT NULL,
    KIND     VARCHAR(10) NOT NULL,
    NAME     VARCHAR(50),
    CONSTRAINT PK_CALENDAR_DAY PRIMARY KEY (DAY_DATE)
);

ALTER TABLE TICKET ADD COLUMN ACCEPT_DUE DATE;
ALTER TABLE TICKET ADD COLUMN RESOLVE_DUE DATE;
ALTER TABLE TICKET ADD COLUMN OVERDUE BOOLEAN DEFAULT FALSE NOT NULL;
-- The last stage escalated (ACCEPT or RESOLVE): a conditional update on it escalates each stage exactly once.
ALTER TABLE TICKET ADD COLUMN ESCALATED_STAGE VARCHAR(10);
CREATE INDEX IX_TICKET_ACCEPT_DUE ON TICKET (ACCEPT_DUE);
CREATE INDEX IX_TICKET_RESOLVE_DUE ON TICKET (RESOLVE_DUE);
