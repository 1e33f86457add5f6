package org.esip.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** {@link PersistenceSuite} on the default embedded Apache Derby. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersistenceDerbyIT extends PersistenceSuite {

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Override
    protected String expectedDatabase() {
        return "Apache Derby";
    }
}
