package org.esip.line.specialty.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.esip.line.specialty.api.DefinitionError;
import org.esip.line.specialty.api.FieldType;
import org.esip.line.specialty.api.Measure;
import org.esip.line.specialty.api.SpecialtyDefinition;
import org.junit.Test;

/** The definition validator (clause 5.3: a line added without code must still meet the line contract). */
public class DefinitionParserTest {

    static String demo(String name) throws IOException {
        try (InputStream in = DefinitionParserTest.class.getResourceAsStream("/org/esip/line/specialty/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> paths(DefinitionParser.Result r) {
        return r.errors().stream().map(DefinitionError::path).collect(Collectors.toList());
    }

    @Test
    public void bothDemoDefinitionsAreValid() throws IOException {
        for (String id : List.of("ouhai-eyewear", "yueqing-electric")) {
            DefinitionParser.Result r = DefinitionParser.parse(demo(id + ".specialty"), id);
            assertTrue(r.errors().toString(), r.valid());
            assertEquals(id, r.definition().id());
            assertEquals(3, r.definition().items().size());
        }
        SpecialtyDefinition d = DefinitionParser.parse(demo("ouhai-eyewear.specialty"), null).definition();
        SpecialtyDefinition.Field material = d.item("frame-test").orElseThrow().fields().get(1);
        assertEquals(FieldType.CHOICE, material.type());
        assertEquals(4, material.options().size());
        assertEquals(Measure.RESOLVED_RATE, d.indicators().get(3).measure());
        assertEquals(Integer.valueOf(1000), d.item("export-advice").orElseThrow().fields().get(2).maxLength());
        // A text field without maxLength gets the default.
        assertEquals(Integer.valueOf(DefinitionParser.TEXT_DEFAULT_MAX), DefinitionParser.parse(
                "{\"id\":\"x-y\",\"nameZh\":\"甲\",\"nameEn\":\"A\",\"categories\":[{\"name\":\"c\",\"nameZh\":\"c\","
                + "\"nameEn\":\"c\",\"kind\":\"DEMAND\",\"resolutionDays\":3}],\"items\":[{\"code\":\"i\",\"nameZh\":\"i\","
                + "\"nameEn\":\"i\",\"category\":\"c\",\"fields\":[{\"name\":\"t\",\"type\":\"text\",\"labelZh\":\"t\","
                + "\"labelEn\":\"t\"}]}]}", null).definition().items().get(0).fields().get(0).maxLength());
    }

    @Test
    public void everyErrorIsNamedByItsJsonPath() {
        String bad = "{\"id\":\"Bad Id\",\"nameZh\":\"\",\"nameEn\":\"x\",\"colour\":1,"
                + "\"categories\":[{\"name\":\"t\",\"nameZh\":\"检\",\"nameEn\":\"T\",\"kind\":\"WISH\",\"resolutionDays\":0}],"
                + "\"items\":[{\"code\":\"a\",\"nameZh\":\"甲\",\"nameEn\":\"A\",\"category\":\"t\",\"fields\":[]},"
                + "{\"code\":\"a\",\"nameZh\":\"乙\",\"nameEn\":\"B\",\"category\":\"none\",\"fields\":[]},"
                + "{\"code\":\"c\",\"nameZh\":\"丙\",\"nameEn\":\"C\",\"category\":\"t\",\"fields\":["
                + "{\"name\":\"x\",\"type\":\"colour\",\"labelZh\":\"x\",\"labelEn\":\"x\"},"
                + "{\"name\":\"n\",\"type\":\"number\",\"labelZh\":\"n\",\"labelEn\":\"n\",\"min\":5,\"max\":1},"
                + "{\"name\":\"c\",\"type\":\"choice\",\"labelZh\":\"c\",\"labelEn\":\"c\",\"options\":[]},"
                + "{\"name\":\"t\",\"type\":\"text\",\"labelZh\":\"t\",\"labelEn\":\"t\",\"min\":1,\"maxLength\":0},"
                + "{\"name\":\"t\",\"type\":\"boolean\",\"labelEn\":\"t\",\"required\":\"yes\"}]}],"
                + "\"indicators\":[{\"name\":\"r\",\"nameZh\":\"r\",\"nameEn\":\"r\",\"measure\":\"AVERAGE\",\"item\":\"zz\"}]}";
        DefinitionParser.Result r = DefinitionParser.parse(bad, "bad-id");
        assertFalse(r.valid());
        List<String> paths = paths(r);
        for (String p : List.of("id", "nameZh", "colour", "categories[0].kind", "categories[0].resolutionDays",
                "items[1].code", "items[1].category", "items[2].fields[0].type", "items[2].fields[1].max",
                "items[2].fields[2].options", "items[2].fields[3].min", "items[2].fields[3].maxLength",
                "items[2].fields[4].labelZh", "items[2].fields[4].required", "items[2].fields[4].name",
                "indicators[0].measure", "indicators[0].item")) {
            assertTrue(p + " in " + paths, paths.contains(p));
        }
        // Both languages, the Chinese first.
        DefinitionError kind = r.errors().stream().filter(e -> e.path().equals("categories[0].kind")).findFirst().orElseThrow();
        assertTrue(kind.messageZh(), kind.messageZh().contains("WISH"));
        assertTrue(kind.messageEn(), kind.messageEn().contains("DEMAND"));
    }

    @Test
    public void theIdMustMatchTheFileAndNotBeReserved() {
        String ok = "{\"id\":\"%s\",\"nameZh\":\"甲\",\"nameEn\":\"A\",\"categories\":[],\"items\":[]}";
        assertTrue(DefinitionParser.parse(String.format(ok, "rui-an"), "rui-an").valid());
        assertEquals(List.of("id"), paths(DefinitionParser.parse(String.format(ok, "rui-an"), "other")));
        assertEquals(List.of("id"), paths(DefinitionParser.parse(String.format(ok, "specialty"), null)));
    }

    @Test
    public void brokenJsonIsOneErrorAtTheRoot() {
        DefinitionParser.Result r = DefinitionParser.parse("{\"id\": \"x\",", null);
        assertEquals(List.of("$"), paths(r));
        assertEquals(List.of("$"), paths(DefinitionParser.parse("[1,2]", null)));
    }
}
