package org.esip.line.specialty.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.esip.line.specialty.api.SpecialtyDefinition;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An enterprise's form checked against its item's fields: every bad field named, values normalised. */
public class FormValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SpecialtyDefinition.Item frameTest() throws Exception {
        return DefinitionParser.parse(DefinitionParserTest.demo("ouhai-eyewear.specialty"), null).definition()
                .item("frame-test").orElseThrow();
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    public void aGoodFormIsNormalisedWithItsLabels() throws Exception {
        List<FormValidator.Answer> answers = FormValidator.validate(frameTest(), json("{\"productModel\":\" OH-2026 \","
                + "\"material\":\"titanium\",\"sampleCount\":\"12.0\",\"standard\":\"iso12870\","
                + "\"deliverBy\":\"2026-12-10\",\"urgent\":true}"));
        assertEquals(6, answers.size());
        assertEquals("OH-2026", answers.get(0).value());
        assertEquals("纯钛/β钛", answers.get(1).displayZh());
        assertEquals(new BigDecimal("12"), answers.get(2).value());
        assertEquals("送检样品数（副）", answers.get(2).labelZh());
        assertEquals("是", answers.get(5).displayZh());
    }

    @Test
    public void everyBadFieldIsNamed() throws Exception {
        try {
            FormValidator.validate(frameTest(), json("{\"productModel\":\"" + "x".repeat(61) + "\","
                    + "\"material\":\"wood\",\"sampleCount\":0,\"deliverBy\":\"10/12/2026\",\"urgent\":\"maybe\","
                    + "\"colour\":\"red\"}"));
            fail();
        } catch (ValidationException e) {
            List<String> fields = e.violations().stream().map(FieldViolation::field).collect(Collectors.toList());
            for (String f : List.of("values.productModel", "values.material", "values.sampleCount", "values.standard",
                    "values.deliverBy", "values.urgent", "values.colour")) {
                assertTrue(f + " in " + fields, fields.contains(f));
            }
            assertEquals(7, fields.size());
        }
    }

    @Test
    public void missingValuesAreOnlyRequiredWhereDeclared() throws Exception {
        try {
            FormValidator.validate(frameTest(), null);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("values.productModel", "values.material", "values.sampleCount", "values.standard",
                    "values.deliverBy"), e.violations().stream().map(FieldViolation::field).collect(Collectors.toList()));
        }
    }
}
