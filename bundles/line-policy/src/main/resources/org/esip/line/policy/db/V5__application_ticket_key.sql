-- An online application keeps what its ticket is submitted with (line kit TicketKeys): the application is stored
-- first, its ticket submitted with the key line:policy:application:<id> by the same account, then linked. Kept so
-- that an application left without its ticket (a failure between the two writes) is completed with the very same
-- submission, and the ticket service answers the ticket it may already have made instead of a second one.
ALTER TABLE POLICY_APPLICATION ADD COLUMN APPLIED_BY VARCHAR(100);
ALTER TABLE POLICY_APPLICATION ADD COLUMN APPLIED_ROLES VARCHAR(100);
ALTER TABLE POLICY_APPLICATION ADD COLUMN CHANNEL VARCHAR(20);
ALTER TABLE POLICY_APPLICATION ADD COLUMN TICKET_TITLE VARCHAR(200);
ALTER TABLE POLICY_APPLICATION ADD COLUMN TICKET_TEXT VARCHAR(4000);
ALTER TABLE POLICY_APPLICATION ADD COLUMN CLIENT_KEY VARCHAR(100);
