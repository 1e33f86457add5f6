-- esip core schema, version 21: the platform's service lines as platform data (clause 5.1.3; issue 13, several
-- nodes on one database). A line installed or uninstalled on one node is recorded here; every node converges on it.
CREATE TABLE LINE_MIX (
    LINE_ID VARCHAR(32) NOT NULL PRIMARY KEY,
    INSTALLED SMALLINT NOT NULL,
    CHANGED_AT TIMESTAMP NOT NULL,
    CHANGED_BY VARCHAR(120) NOT NULL
);
