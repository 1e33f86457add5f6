-- esip core schema, version 9: dispatch is an offer (clause 5.4.1.3): the assignee signs for it (签收)
-- or returns it (退单) with a reason; returns and handlers are counted, and a ticket returned or passed
-- on too often is flagged a problem ticket (提级督办).

ALTER TABLE TICKET ADD COLUMN SIGNED_AT TIMESTAMP;
ALTER TABLE TICKET ADD COLUMN RETURN_COUNT INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE TICKET ADD COLUMN HANDLER_COUNT INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE TICKET ADD COLUMN PROBLEM BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX IX_TICKET_ASSIGNEE ON TICKET (ASSIGNEE_KIND, ASSIGNEE_ID);
