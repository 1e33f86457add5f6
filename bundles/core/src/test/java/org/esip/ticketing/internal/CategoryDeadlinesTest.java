package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.junit.Test;

public class CategoryDeadlinesTest {

    @Test
    public void readsCommaSeparatedOverridesAndIgnoresMalformedOnes() {
        CategoryDeadlines d = CategoryDeadlines.parse(new String[] {"policy.application=15, sample.visit = 3",
                "training.signup=0", "nonsense", " tech.testing:7 "});
        assertEquals(Optional.of(15), d.resolutionDays("policy.application"));
        assertEquals(Optional.of(3), d.resolutionDays("sample.visit"));
        assertEquals(Optional.of(7), d.resolutionDays("tech.testing"));
        assertTrue(d.resolutionDays("training.signup").isEmpty());
        assertTrue(d.resolutionDays(null).isEmpty());
        assertTrue(CategoryDeadlines.parse(null).resolutionDays("policy.application").isEmpty());
    }
}
