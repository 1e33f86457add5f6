package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Every service line of issues 14 and 15 on PostgreSQL (clauses 5.2.3–5.2.6, 5.1.3, 5.3): each line is installed
 * live into one distribution on a fresh PostgreSQL database and its whole REST flow — the same flow its Derby suite
 * runs — passes here too: its own migrations on PostgreSQL, its tickets in the closed loop, its indicators.
 * PostgreSQL is required; the suite fails when it cannot be reached.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LinesPostgresIT extends EsipTestSupport {
    private static final String DATABASE = PostgresDatabase.PREFIX + "_all_lines";

    @Configuration
    public Option[] config() {
        PostgresDatabase.createAfresh(DATABASE);
        return distribution(replaceConfigurationFile("etc/org.ops4j.datasource-esip.cfg",
                PostgresDatabase.datasource("org.ops4j.datasource-esip-all-lines.cfg", DATABASE)));
    }

    private void install(String line, String probe) {
        await("the features service knows esip-line-" + line,
                () -> console("feature:list").contains("esip-line-" + line));
        console("feature:install esip-line-" + line);
        awaitStatus(probe, 200);
    }

    private void onPostgres() {
        assertEquals("PostgreSQL", Json.string(awaitStatus("/health", 200).body(), "databaseProduct"));
    }

    @Test
    public void theTrainingLineOnPostgres_5_2_3() throws Exception {
        onPostgres();
        install("training", "/lines/training/courses");
        new TrainingLineFlow(this).run();
    }

    @Test
    public void theVolunteerLineOnPostgres_5_2_6() throws Exception {
        onPostgres();
        install("volunteer", "/lines/volunteer/activities");
        new VolunteerLineFlow(this).run();
    }

    @Test
    public void theOutreachLineOnPostgres_5_1_3() throws Exception {
        onPostgres();
        install("outreach", "/lines/outreach/campaigns");
        new OutreachLineFlow(this).run();
    }

    @Test
    public void theTechnicalLineOnPostgres_5_2_4() throws Exception {
        onPostgres();
        install("technical", "/lines/technical/offers");
        new TechnicalLineFlow(this).run();
    }

    @Test
    public void countySpecialtyLinesOnPostgres_5_3() throws Exception {
        onPostgres();
        install("specialty", "/lines/specialty/definitions");
        new SpecialtyLineFlow(this).run();
    }

    @Test
    public void theConsultingLineOnPostgres_5_2_5() throws Exception {
        onPostgres();
        install("consulting", "/lines/consulting/services");
        new ConsultingLineFlow(this).run();
    }
}
