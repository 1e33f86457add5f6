package org.esip.rest.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** The JSON provider and error mappers every JAX-RS server of the platform uses, core and lines alike. */
final class JsonProviders {
    private JsonProviders() {
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                // No flush of the servlet's stream after each answer: the server then sends an answer that fits its
                // buffer whole, with a Content-Length, instead of chunked (one write, less for every client to read)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    static List<Object> all() {
        List<Object> providers = new ArrayList<>();
        providers.add(new JacksonJsonProvider(objectMapper()));
        providers.addAll(ProblemMappers.all());
        return providers;
    }
}
