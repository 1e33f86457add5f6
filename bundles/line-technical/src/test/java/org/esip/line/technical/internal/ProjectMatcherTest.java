package org.esip.line.technical.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.esip.line.technical.api.Cooperation;
import org.esip.line.technical.api.IntroductionStatus;
import org.esip.line.technical.api.Maturity;
import org.esip.line.technical.api.PosterKind;
import org.esip.line.technical.api.Project;
import org.esip.line.technical.api.ProjectKind;
import org.esip.line.technical.api.ProjectMatch;
import org.junit.Test;

/** Clause 5.2.4.2: enterprises matched to projects by industry and tags, with the reasons shown. */
public class ProjectMatcherTest {
    static Project project(String industry, String... tags) {
        return new Project(1, "智能断路器物联网模块", ProjectKind.NEW_PRODUCT, PosterKind.UNIVERSITY, null, "温州大学", industry,
                Maturity.PILOT, Cooperation.JOINT_DEVELOPMENT, List.of(tags), "摘要", true, null, 0);
    }

    @Test
    public void theIndustryAndEachCommonTagCountAndAreExplained() {
        ProjectMatch m = ProjectMatcher.match("C3824", Set.of("物联网", "出口"), project("C38", "智能电气", "物联网"));
        assertEquals(65, m.score());
        assertEquals(2, m.reasonsZh().size());
        assertTrue(m.reasonsZh().get(0).contains("行业相符"));
        assertTrue(m.reasonsZh().get(1).contains("物联网"));
        assertTrue(m.reasonsEn().get(0).startsWith("Industry fits"));
    }

    @Test
    public void theSameDivisionCountsLessAndTheSectionAloneNothing() {
        assertEquals(30, ProjectMatcher.match("C3824", Set.of(), project("C3810")).score());
        assertEquals(0, ProjectMatcher.match("C1952", Set.of(), project("C38")).score());
        assertEquals(0, ProjectMatcher.match(null, Set.of(), project("C38")).score());
        assertEquals(15, ProjectMatcher.match(null, Set.of("鞋革"), project("C19", "鞋革")).score());
    }

    @Test
    public void introductionsMoveForwardToAnOutcome() {
        assertEquals(List.of(IntroductionStatus.INTRODUCED, IntroductionStatus.DECLINED), IntroductionStatus.INTERESTED.next());
        assertTrue(IntroductionStatus.SIGNED.next().isEmpty());
        assertTrue(IntroductionStatus.SIGNED.outcome());
        assertTrue(!IntroductionStatus.INTRODUCED.next().contains(IntroductionStatus.INTERESTED));
    }
}
