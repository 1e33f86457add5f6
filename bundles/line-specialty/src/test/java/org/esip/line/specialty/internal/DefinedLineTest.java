package org.esip.line.specialty.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.line.specialty.api.SpecialtyDefinition;
import org.esip.ticketing.api.TicketKind;
import org.junit.Test;

/** A definition declared as a service line: codes as the line contract wants them (clause 5.3). */
public class DefinedLineTest {

    @Test
    public void theDemoDefinitionIsDeclaredAsALine() throws Exception {
        SpecialtyDefinition d = DefinitionParser.parse(DefinitionParserTest.demo("yueqing-electric.specialty"), null).definition();
        DefinedLine line = new DefinedLine(d, "1.0.0", null);
        assertEquals("yueqing-electric", line.id());
        assertTrue(line.id().matches(ServiceLine.ID_PATTERN));
        assertEquals("乐清电气产业链服务专线", line.nameZh());
        List<String> categories = line.ticketCategories().stream().map(TicketCategory::code).collect(Collectors.toList());
        assertEquals(List.of("yueqing-electric.matching", "yueqing-electric.testing", "yueqing-electric.technology"),
                categories);
        TicketCategory testing = line.ticketCategories().get(1);
        assertEquals(TicketKind.DEMAND, testing.kind());
        assertEquals(15, testing.resolutionDays());
        assertEquals(Integer.valueOf(2), testing.acceptanceDays());
        assertEquals("yueqing-electric", testing.lineId());
        for (ServiceItem i : line.catalogue()) {
            assertTrue(i.category(), categories.contains(i.category()));
        }
        assertEquals(HandlingMode.MATCHED, line.catalogue().get(0).handling());
        assertEquals(List.of("yueqing-electric.requests", "yueqing-electric.matchings", "yueqing-electric.resolved",
                "yueqing-electric.enterprises"), line.indicators().stream().map(i -> i.code()).collect(Collectors.toList()));
        assertEquals(IndicatorUnit.COUNT, line.indicators().get(0).unit());
        assertEquals(1, line.restResources().size());
    }
}
