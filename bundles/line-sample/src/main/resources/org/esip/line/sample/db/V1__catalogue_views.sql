-- The sample line's own table, created by its own bundle (LineDatabase.migrate): how often each item of
-- its catalogue was looked at. History in ESIP_LINE_SAMPLE_SCHEMA_HISTORY; kept when the line is uninstalled.
CREATE TABLE SAMPLE_CATALOGUE_VIEW (
    ITEM_CODE VARCHAR(60) NOT NULL,
    VIEWS     BIGINT      NOT NULL,
    CONSTRAINT PK_SAMPLE_CATALOGUE_VIEW PRIMARY KEY (ITEM_CODE)
);
