-- esip core schema, version 10: complaints (clause 5.5) about a ticket, a staff member or an organisation.

ALTER TABLE TICKET ADD COLUMN TARGET_KIND VARCHAR(20);
ALTER TABLE TICKET ADD COLUMN TARGET_ID BIGINT;
CREATE INDEX IX_TICKET_TARGET ON TICKET (TARGET_KIND, TARGET_ID);
