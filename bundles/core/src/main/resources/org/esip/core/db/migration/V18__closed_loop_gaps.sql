-- esip core schema, version 18: what the closed loop must keep (issue 13).
-- The enterprise's original application (预约申请, clause 6.4.1) stays TICKET.DESCRIPTION; everything it
-- supplies afterwards is kept, dated, as a JSON array [{"at","by","text"}].
ALTER TABLE TICKET ADD COLUMN SUPPLEMENTS ${longText};
-- The agreed appointment (预约服务时间, clause 5.4.1.2 a) and the service point of a WINDOW intake.
ALTER TABLE TICKET ADD COLUMN APPOINTMENT_AT TIMESTAMP;
ALTER TABLE TICKET ADD COLUMN SERVICE_POINT_ID BIGINT;
-- What an Idempotency-Key was first sent with: the same key with a different body is refused (422).
ALTER TABLE TICKET ADD COLUMN SUBMISSION_HASH CHAR(64);
-- A staff account belongs to a staff record (clause 6.2.1): a ticket assigned to that staff member is signed
-- for by this account.
ALTER TABLE ACCOUNT ADD COLUMN STAFF_ID BIGINT;
CREATE INDEX IX_ACCOUNT_STAFF ON ACCOUNT (STAFF_ID);
CREATE INDEX IX_ACCOUNT_ORGANISATION ON ACCOUNT (ORGANISATION_ID);
CREATE INDEX IX_ACCOUNT_EXPERT ON ACCOUNT (EXPERT_ID);
