-- esip core schema, version 22: attachments every node reads (issue 13, several nodes on one database).
-- With `store = database` in etc/org.esip.content.cfg every file is also kept here, named by its SHA-256 as in the
-- content folder; a node that lacks a file (another node received it) reads it from here and keeps a copy.
CREATE TABLE CONTENT_BLOB (
    SHA256 CHAR(64) NOT NULL PRIMARY KEY,
    SIZE_BYTES BIGINT NOT NULL,
    CONTENT ${blob} NOT NULL,
    STORED_AT TIMESTAMP NOT NULL
);
