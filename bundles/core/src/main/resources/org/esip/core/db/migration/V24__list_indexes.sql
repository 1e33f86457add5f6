-- Issue 16: every filter of the list APIs has an index, and a filter's index ends with the list's order
-- (CREATED_AT, ID), so that a page is read from the index at its start (or at a cursor) instead of sorting
-- every match. The single-column indexes these replace are dropped: the composite serves their look-ups too
-- (not IX_TICKET_ENTERPRISE: on Derby it is the foreign key's own index and cannot be dropped by that name).
-- The trigram index of the enterprise name search (PostgreSQL only) is migration 24.1, V24_1__NameTrigram.

-- Tickets: the list (newest first) and its filters: enterprise, status, owner, kind.
DROP INDEX IX_TICKET_CREATED_AT;
CREATE INDEX IX_TICKET_CREATED ON TICKET (CREATED_AT, ID);
CREATE INDEX IX_TICKET_ENTERPRISE_CREATED ON TICKET (ENTERPRISE_ID, CREATED_AT, ID);
DROP INDEX IX_TICKET_STATUS;
CREATE INDEX IX_TICKET_STATUS_CREATED ON TICKET (STATUS, CREATED_AT, ID);
DROP INDEX IX_TICKET_OWNER;
CREATE INDEX IX_TICKET_OWNER_CREATED ON TICKET (OWNER_NAME, CREATED_AT, ID);
CREATE INDEX IX_TICKET_KIND_CREATED ON TICKET (KIND, CREATED_AT, ID);
-- An organisation's or expert's list (the tickets dispatched to it), newest first.
DROP INDEX IX_TICKET_ASSIGNEE;
CREATE INDEX IX_TICKET_ASSIGNEE_CREATED ON TICKET (ASSIGNEE_KIND, ASSIGNEE_ID, CREATED_AT, ID);
-- The work queues, oldest first: new (status, above), mine (owner, above), overdue, problem, waiting.
CREATE INDEX IX_TICKET_OVERDUE_CREATED ON TICKET (OVERDUE, CREATED_AT, ID);
CREATE INDEX IX_TICKET_PROBLEM_CREATED ON TICKET (PROBLEM, CREATED_AT, ID);
CREATE INDEX IX_TICKET_REQUEST_KIND ON TICKET (REQUEST_KIND);

-- Enterprises: the status is always a condition, the default order is the id; region and industry are prefixes.
DROP INDEX IX_ENTERPRISE_STATUS;
CREATE INDEX IX_ENTERPRISE_STATUS_ID ON ENTERPRISE (STATUS, ID);
CREATE INDEX IX_ENTERPRISE_INDUSTRY ON ENTERPRISE (INDUSTRY_CODE);

-- Organisations: status, region, alliance; domains and tags looked up by value.
CREATE INDEX IX_ORGANISATION_STATUS ON ORGANISATION (STATUS, ID);
CREATE INDEX IX_ORGANISATION_REGION ON ORGANISATION (REGION_CODE);
CREATE INDEX IX_ORGANISATION_DOMAIN_CODE ON ORGANISATION_DOMAIN (DOMAIN_CODE);
CREATE INDEX IX_ORGANISATION_TAG_TAG ON ORGANISATION_TAG (TAG);

-- Experts: in pool, domains and tags looked up by value.
CREATE INDEX IX_EXPERT_IN_POOL ON EXPERT (IN_POOL, ID);
CREATE INDEX IX_EXPERT_DOMAIN_CODE ON EXPERT_DOMAIN (DOMAIN_CODE);
CREATE INDEX IX_EXPERT_TAG_TAG ON EXPERT_TAG (TAG);
