package org.esip.line.policy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.esip.line.policy.api.Eligibility;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A policy's eligibility versions as stored: JSON, readable by people and by any later version of the line. */
final class EligibilityJson {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<Eligibility>> VERSIONS = new TypeReference<>() {
    };

    private EligibilityJson() {
    }

    static String write(List<Eligibility> versions) {
        if (versions == null || versions.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Eligibility> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, VERSIONS);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored eligibility that does not read: " + json, e);
        }
    }
}
