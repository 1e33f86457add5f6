#set( $TABLE = "${lineId.toUpperCase().replace('-', '_')}_ITEM_VIEW" )
-- The line's own table, created by its own bundle (LineDatabase.migrate) with its own history table
-- ESIP_LINE_${lineId.toUpperCase().replace('-', '_')}_SCHEMA_HISTORY. It stays when the line is uninstalled.
-- Add V2__..., V3__... for later changes; never edit a released migration.
CREATE TABLE $TABLE (
    ITEM_CODE VARCHAR(60) NOT NULL,
    VIEWS     BIGINT      NOT NULL,
    CONSTRAINT PK_$TABLE PRIMARY KEY (ITEM_CODE)
);
