-- esip core schema, version 12: a ticket may belong to a service line's ticket category (C4), such as
-- policy.application. The category is kept when its line is uninstalled.

ALTER TABLE TICKET ADD COLUMN CATEGORY VARCHAR(60);
CREATE INDEX IX_TICKET_CATEGORY ON TICKET (CATEGORY);
