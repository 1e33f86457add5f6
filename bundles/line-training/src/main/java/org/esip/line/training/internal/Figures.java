package org.esip.line.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import org.esip.line.training.api.TrainingFigures;
import org.esip.ticketing.api.SatisfactionGrade;

/** The indicators of clause 5.2.3.4 computed from what was held, attended and evaluated. */
final class Figures {
    private Figures() {
    }

    /** 5 for 非常满意 down to 1 for 非常不满意. */
    static int score(SatisfactionGrade g) {
        return SatisfactionGrade.values().length - g.ordinal();
    }

    /** 非常满意, 满意 and 基本满意 count as satisfied, as in the platform's 好差评. */
    static boolean satisfied(SatisfactionGrade g) {
        return !g.needsCorrection();
    }

    /**
     * @param sessionsHeld  sessions held
     * @param registrations confirmed places in them
     * @param attendances   attendees checked in
     * @param grades        the evaluations' satisfaction grades
     * @param effects       the evaluations' effect scores (1-5)
     */
    static TrainingFigures of(long sessionsHeld, long registrations, long attendances,
            Collection<SatisfactionGrade> grades, Collection<Integer> effects) {
        BigDecimal rate = registrations == 0 ? null : percent(attendances, registrations);
        BigDecimal satisfaction = grades.isEmpty() ? null
                : percent(grades.stream().filter(Figures::satisfied).count(), grades.size());
        BigDecimal average = grades.isEmpty() ? null
                : average(grades.stream().mapToInt(Figures::score).sum(), grades.size());
        BigDecimal effect = effects.isEmpty() ? null
                : average(effects.stream().mapToInt(Integer::intValue).sum(), effects.size());
        return new TrainingFigures(sessionsHeld, registrations, attendances, rate, grades.size(), satisfaction, average,
                effect);
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(long sum, long count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
