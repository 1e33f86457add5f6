package org.esip.line.api;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's database as a service line uses it for its own tables. A line creates and upgrades its
 * tables with Flyway migrations ({@code V1__create.sql}, {@code V2__...}) in its own bundle, calling
 * {@link #migrate} from its DS component's activation before it registers its {@link ServiceLine};
 * each line has its own history table, {@code ESIP_LINE_<ID>_SCHEMA_HISTORY}. Uninstalling a line
 * leaves its tables and rows in place; installing it again finds them (and applies only newer
 * migrations).
 */
@ProviderType
public interface LineDatabase {

    /**
     * Brings the line's tables to its newest migration.
     *
     * @param lineId      the line's id ({@link ServiceLine#ID_PATTERN}); names the history table
     * @param classLoader the line bundle's class loader, e.g. {@code getClass().getClassLoader()}
     * @param location    the migrations' folder on that class path, e.g. {@code org/esip/line/sample/db};
     *                    the placeholder {@code ${longText}} stands for the database's long text type
     * @return where the line's schema stands now
     * @throws IllegalStateException when a migration fails (the line must not register then)
     */
    LineSchemaStatus migrate(String lineId, ClassLoader classLoader, String location);

    /** The platform's DataSource, for the line's own queries (plain JDBC). */
    DataSource dataSource();

    /** The database product, e.g. {@code Apache Derby} or {@code PostgreSQL}, for the rare dialect difference. */
    String productName();
}
