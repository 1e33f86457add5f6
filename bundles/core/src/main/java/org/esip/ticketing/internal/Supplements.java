package org.esip.ticketing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esip.ticketing.api.Supplement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The supplements of a ticket as they are stored: a JSON array {@code [{"at","by","text"}]}, oldest first.
 * Pure, so it is tested without a database.
 */
final class Supplements {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Supplements() {
    }

    /** The stored supplements; none for {@code null} or empty. */
    static List<Supplement> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            List<Map<String, String>> rows = JSON.readValue(stored, new TypeReference<List<Map<String, String>>>() { });
            List<Supplement> out = new ArrayList<>(rows.size());
            for (Map<String, String> row : rows) {
                out.add(new Supplement(Instant.parse(row.get("at")), row.get("by"), row.get("text")));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored supplements are not the JSON this class writes", e);
        }
    }

    /** {@code stored} with one more supplement at its end. */
    static String append(String stored, Supplement added) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Supplement s : parse(stored)) {
            rows.add(row(s));
        }
        rows.add(row(added));
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain strings are always JSON", e);
        }
    }

    /** What the enterprise said last: the latest supplement, else the original application. */
    static String latest(String description, String stored) {
        List<Supplement> all = parse(stored);
        return all.isEmpty() ? description : all.get(all.size() - 1).text();
    }

    private static Map<String, String> row(Supplement s) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("at", s.at().toString());
        row.put("by", s.by());
        row.put("text", s.text());
        return row;
    }
}
