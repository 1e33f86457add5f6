package org.esip.line.api;

/**
 * Where a line's own schema stands after {@link LineDatabase#migrate}.
 *
 * @param historyTable      its Flyway history table, {@code ESIP_LINE_<ID>_SCHEMA_HISTORY}
 * @param version           the newest migration applied ({@code 0} when it has none)
 * @param migrationsApplied how many migrations this call applied
 */
public record LineSchemaStatus(String lineId, String historyTable, String version, int migrationsApplied) {
}
