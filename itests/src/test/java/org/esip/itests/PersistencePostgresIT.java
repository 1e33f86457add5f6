package org.esip.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;

import org.junit.Assert;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.postgresql.Driver;

/**
 * {@link PersistenceSuite} on PostgreSQL at 127.0.0.1:5432 (user postgres), in a database this test
 * creates afresh (and a second one, {@code <database>_restore}, that a backup is restored into). PostgreSQL is required: when it cannot be reached the suite fails, it never skips.
 * Host, port, user and database can be changed with -Desip.itest.pg.url, -Desip.itest.pg.user and
 * -Desip.itest.pg.database.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersistencePostgresIT extends PersistenceSuite {
    /** Several work trees may run this suite at once on one server: each can name its own database. */
    private static final String DATABASE = PostgresDatabase.PREFIX;
    private static final String POOL_URL_OPTIONS =
            "?connectTimeout=3&loginTimeout=3&options=-c%20plan_cache_mode%3Dforce_custom_plan";
    /**
     * As the shipped config/org.ops4j.datasource-esip.cfg.postgresql: a bounded wait, idle connections validated in
     * the background, none at each borrow.
     */
    private static final String[] POOL = {"pool.maxWaitMillis = 3000", "pool.testOnBorrow = false",
        "pool.testWhileIdle = true", "pool.timeBetweenEvictionRunsMillis = 30000", "pool.numTestsPerEvictionRun = 16",
        "factory.validationQuery = SELECT 1"};

    @Configuration
    public Option[] config() {
        // the suite's database, and an empty one for the fresh instance a backup is restored into
        PostgresDatabase.createAfresh(DATABASE, DATABASE + "_restore");
        File cfg = PostgresDatabase.datasource("org.ops4j.datasource-esip.cfg", DATABASE + POOL_URL_OPTIONS, POOL);
        File fresh = PostgresDatabase.datasource("org.ops4j.datasource-esip-restore.cfg",
                DATABASE + "_restore" + POOL_URL_OPTIONS, POOL);
        return distribution(replaceConfigurationFile("etc/org.ops4j.datasource-esip.cfg", cfg),
                // as a platform with several nodes runs: every attachment also in the database
                editConfigurationFilePut("etc/org.esip.content.cfg", "store", "database"),
                systemProperty(FreshInstance.DATASOURCE_PROPERTY).value(fresh.getAbsolutePath()),
                // the test methods run inside the container: they must name the same server and database
                systemProperty("esip.itest.pg.database").value(DATABASE),
                systemProperty("esip.itest.pg.url").value(PostgresDatabase.server()),
                systemProperty("esip.itest.pg.user").value(PostgresDatabase.user()));
    }

    @Override
    protected boolean contentSharedInDatabase() {
        return true;
    }

    /**
     * The database refuses every connection: requests are answered 503 problem+json promptly (the pool's bounded
     * wait), never hang or 500; once it accepts connections again the platform serves without a restart.
     */
    @Test
    public void aDatabaseThatIsAwayIsAPrompt503AndRecoveryNeedsNoRestart() throws Exception {
        awaitStatus("/health", 200);
        String token = adminToken();
        String server = PostgresDatabase.server();
        Properties login = new Properties();
        login.setProperty("user", PostgresDatabase.user());
        login.setProperty("password", "");
        try (Connection admin = new Driver().connect(server + "postgres", login);
                Statement s = admin.createStatement()) {
            try {
                s.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
                for (String path : new String[] {"/enterprises", "/tickets?size=5"}) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = get(path, token);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    Assert.assertEquals(path + " " + r.body(), 503, r.statusCode());
                    Assert.assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
                    assertContains(r.body(), "数据库暂时无法访问");
                    Assert.assertTrue(path + " took " + millis + " ms", millis < 8_000);
                }
                HttpResponse<String> write = post("/enterprises", "{\"creditCode\":\"x\"}", token);
                Assert.assertTrue(write.body(), write.statusCode() == 503 || write.statusCode() == 400);
                Assert.assertEquals(503, get("/health", null).statusCode());
            } finally {
                s.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
            }
        }
        awaitStatus("/health", 200);
        await("the API serves again without a restart", () -> get("/enterprises", token).statusCode() == 200);
    }

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }
}
