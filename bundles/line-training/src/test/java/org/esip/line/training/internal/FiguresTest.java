package org.esip.line.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.esip.line.training.api.TrainingFigures;
import org.esip.ticketing.api.SatisfactionGrade;
import org.junit.Test;

/** The indicators of clause 5.2.3.4: attendance rate, satisfaction (好差评 grades), effect. */
public class FiguresTest {

    @Test
    public void ratesAndAverages() {
        TrainingFigures f = Figures.of(2, 8, 6, List.of(SatisfactionGrade.VERY_SATISFIED, SatisfactionGrade.SATISFIED,
                SatisfactionGrade.BASICALLY_SATISFIED, SatisfactionGrade.DISSATISFIED), List.of(5, 4, 3, 2));
        assertEquals(2, f.sessionsHeld());
        assertEquals(new BigDecimal("75.0"), f.attendanceRate());
        assertEquals(new BigDecimal("75.0"), f.satisfaction());
        assertEquals(new BigDecimal("3.50"), f.averageGrade());
        assertEquals(new BigDecimal("3.50"), f.effect());
        assertEquals(4, f.evaluations());
    }

    @Test
    public void nothingToMeasureIsNoNumber() {
        TrainingFigures f = Figures.of(0, 0, 0, List.of(), List.of());
        assertNull(f.attendanceRate());
        assertNull(f.satisfaction());
        assertNull(f.effect());
    }

    @Test
    public void gradesScoreFiveDownToOne() {
        assertEquals(5, Figures.score(SatisfactionGrade.VERY_SATISFIED));
        assertEquals(1, Figures.score(SatisfactionGrade.VERY_DISSATISFIED));
    }
}
