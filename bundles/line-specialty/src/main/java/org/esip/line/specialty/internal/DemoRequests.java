package org.esip.line.specialty.internal;

import java.util.List;
import java.util.function.Function;

import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.line.specialty.api.SpecialtyDefinition;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Wenzhou demo requests for the two demo lines, when the platform's {@code demoData} is on and the line's table is
 * empty: a few forms of 瓯海 and 乐清 enterprises from the core's demo data, submitted through the normal path (so
 * they are checked and become tickets).
 */
final class DemoRequests {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRequests.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code region} prefix, line, request body without the enterprise (JSON). */
    private record Demo(String region, String line, String body) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("330304", "ouhai-eyewear", "{\"item\":\"frame-test\",\"values\":{\"productModel\":\"OH-T2026-08\","
                    + "\"material\":\"titanium\",\"sampleCount\":6,\"standard\":\"iso12870\",\"deliverBy\":\"2026-12-15\","
                    + "\"urgent\":false,\"remarks\":\"出口德国订单，需英文报告\"}}"),
            new Demo("330304", "ouhai-eyewear", "{\"item\":\"lens-test\",\"values\":{\"lensType\":\"sunglass\","
                    + "\"sampleCount\":20,\"uvClaim\":\"UV400\",\"urgent\":true}}"),
            new Demo("330304", "ouhai-eyewear", "{\"item\":\"export-advice\",\"values\":{\"market\":\"us\","
                    + "\"annualExportWan\":1800,\"question\":\"太阳镜出口美国需要做哪些 FDA 抗冲击测试和注册？\"}}"),
            new Demo("330382", "yueqing-electric", "{\"item\":\"supply-matching\",\"values\":{\"direction\":\"buy\","
                    + "\"product\":\"塑壳断路器银触点\",\"category\":\"breaker\",\"quantity\":200000,\"neededBy\":\"2027-01-20\"}}"),
            new Demo("330382", "yueqing-electric", "{\"item\":\"ccc-type-test\",\"values\":{\"productName\":\"DZ47-63 小型断路器\","
                    + "\"ratedCurrent\":63,\"testType\":\"ccc\",\"preferredDate\":\"2027-01-10\",\"firstCertification\":true}}"),
            new Demo("330382", "yueqing-electric", "{\"item\":\"tech-need\",\"values\":{\"topic\":\"智能断路器物联网通信模块\","
                    + "\"description\":\"需要低功耗 NB-IoT 通信方案，实现远程分合闸和电能计量，希望对接高校团队。\",\"budgetWan\":80}}"));

    private DemoRequests() {
    }

    /** Seeds the demo requests when the table is empty; never throws (it is demo data). */
    static void seed(SpecialtyStore store, SpecialtyRequests requests, EnterpriseService enterprises,
            Function<String, SpecialtyDefinition> served) {
        try {
            if (!store.list(null, null, 1).isEmpty()) {
                return;
            }
            Actor demo = Actor.system("demo-data");
            int n = 0;
            int index = 0;
            for (Demo d : DEMOS) {
                SpecialtyDefinition line = served.apply(d.line());
                List<Enterprise> found = enterprises.search(new EnterpriseQuery(null, null, d.region(), null, null, null,
                        null, null, null), new PageRequest(0, 10)).items();
                if (line == null || found.isEmpty()) {
                    continue;
                }
                Enterprise e = found.get(index++ % found.size());
                ObjectNode body = (ObjectNode) JSON
                        .readTree(d.body());
                body.put("enterpriseId", e.id());
                requests.submit(demo, line, body, null);
                n++;
            }
            LOG.info("Specialty lines: {} demo request(s) loaded", n);
        } catch (Exception e) {
            LOG.warn("Specialty lines: demo requests not loaded: {}", e.toString());
        }
    }
}
