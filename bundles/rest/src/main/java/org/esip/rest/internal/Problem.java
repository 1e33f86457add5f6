package org.esip.rest.internal;

import java.util.List;

import javax.ws.rs.core.Response;

import org.esip.core.api.FieldViolation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error response as RFC 9457 "Problem Details for HTTP APIs" defines it, with the extension
 * members {@code code}, {@code titleEn}, {@code detailEn} and {@code errors} (one entry per invalid field).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, String titleEn, int status, String detail, String detailEn,
        String code, List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Response response(int status, String code, String titleZh, String titleEn, String detailZh,
            String detailEn, List<FieldViolation> errors) {
        Problem p = new Problem("urn:esip:problem:" + code, titleZh, titleEn, status, detailZh, detailEn, code,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(MEDIA_TYPE).entity(p).build();
    }

    /** A 400 naming the fields that are wrong. */
    static Response badRequest(List<FieldViolation> errors) {
        return response(400, "validation.failed", RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"),
                null, null, errors);
    }
}
