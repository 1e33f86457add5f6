package org.esip.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.esip.core.api.ConflictException;
import org.esip.core.api.EsipException;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.ForbiddenException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.PersistenceFailure;
import org.esip.core.api.UnauthenticatedException;
import org.esip.core.api.UnavailableException;
import org.esip.core.api.UnprocessableException;
import org.esip.core.api.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an {@code application/problem+json} response: the domain's errors keep
 * their status and bilingual texts, malformed JSON is a 400 naming the field, and anything
 * unexpected is a 500 without a stack trace (the trace goes to the log).
 */
final class ProblemMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    /** Every mapper, in one list, for every JAX-RS server of the platform. */
    static List<Object> all() {
        return List.of(new Domain(), new Json(), new Http(), new Unexpected());
    }

    static final class Domain implements ExceptionMapper<EsipException> {
        @Override
        public Response toResponse(EsipException e) {
            if (e instanceof ValidationException v) {
                return Problem.response(400, v.code(), v.messageZh(), v.messageEn(), null, null, v.violations());
            }
            if (e instanceof NotFoundException) {
                return Problem.response(404, e.code(), RestMessages.zh("not-found"), RestMessages.en("not-found"),
                        e.messageZh(), e.messageEn(), null);
            }
            if (e instanceof ConflictException c) {
                List<FieldViolation> errors = c.field() == null ? null
                        : List.of(new FieldViolation(c.field(), c.code(), c.messageZh(), c.messageEn()));
                return Problem.response(409, c.code(), RestMessages.zh("conflict"), RestMessages.en("conflict"),
                        c.messageZh(), c.messageEn(), errors);
            }
            if (e instanceof UnprocessableException u) {
                List<FieldViolation> errors = u.field() == null ? null
                        : List.of(new FieldViolation(u.field(), u.code(), u.messageZh(), u.messageEn()));
                return Problem.response(422, u.code(), RestMessages.zh("unprocessable"), RestMessages.en("unprocessable"),
                        u.messageZh(), u.messageEn(), errors);
            }
            if (e instanceof UnauthenticatedException) {
                Response problem = Problem.response(401, e.code(), RestMessages.zh("unauthenticated"),
                        RestMessages.en("unauthenticated"), e.messageZh(), e.messageEn(), null);
                return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"esip\"").build();
            }
            if (e instanceof ForbiddenException) {
                return Problem.response(403, e.code(), RestMessages.zh("forbidden"), RestMessages.en("forbidden"),
                        e.messageZh(), e.messageEn(), null);
            }
            if (e instanceof UnavailableException) {
                LOG.warn("Answered 503: {}", e.getCause() == null ? e.code() : e.getCause().toString());
                return unavailable(e.code(), e.messageZh(), e.messageEn());
            }
            LOG.warn("Unmapped platform error {}", e.code(), e);
            return Problem.response(400, e.code(), e.messageZh(), e.messageEn(), null, null, null);
        }
    }

    static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
                return Problem.response(400, "request.not-json", RestMessages.zh("request.not-json"),
                        RestMessages.en("request.not-json"), null, null, null);
            }
            String field = fieldPath(m);
            FieldViolation violation;
            if (m instanceof UnrecognizedPropertyException) {
                violation = RestMessages.violation(field, "field.unknown");
            } else if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                violation = RestMessages.violation(field, "field.invalid-value", allowed);
            } else if (m instanceof MismatchedInputException) {
                violation = RestMessages.violation(field, "field.invalid-type");
            } else {
                violation = RestMessages.violation(field, "field.invalid-type");
            }
            return Problem.badRequest(List.of(violation));
        }

        private static String fieldPath(JsonMappingException m) {
            StringBuilder b = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    if (b.length() > 0) {
                        b.append('.');
                    }
                    b.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    b.append('[').append(r.getIndex()).append(']');
                }
            }
            return b.toString();
        }
    }

    static final class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                LOG.error("Request failed with status {}", status, e);
                return internal();
            }
            String key = switch (status) {
                case 404, 405, 406, 415 -> "http." + status;
                default -> "http.other";
            };
            return Problem.response(status, key, RestMessages.zh(key), RestMessages.en(key), null, null, null);
        }
    }

    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            // A persistence failure that reached here unanswered is classified by the core's one rule.
            switch (PersistenceFailure.of(e)) {
                case STALE, TRANSIENT, DUPLICATE -> {
                    LOG.info("Answered 409 to a concurrent change: {}", e.toString());
                    String key = "concurrent";
                    return Problem.response(409, "record." + key, RestMessages.zh("conflict"),
                            RestMessages.en("conflict"), RestMessages.zh(key), RestMessages.en(key),
                            List.of(RestMessages.violation("version", key)));
                }
                case UNAVAILABLE -> {
                    LOG.warn("Answered 503, the database is unavailable: {}", e.toString());
                    return unavailable("database.unavailable", RestMessages.zh("database.unavailable"),
                            RestMessages.en("database.unavailable"));
                }
                default -> {
                    LOG.error("Unexpected failure while handling a request", e);
                    return internal();
                }
            }
        }
    }

    /** 503 for a part of the API that is not there now (starting or restarting), with a hint to come back. */
    static Response resourceUnavailable() {
        return unavailable("resource.unavailable", RestMessages.zh("resource.unavailable"),
                RestMessages.en("resource.unavailable"));
    }

    /** 503 with a hint to come back in a few seconds. */
    static Response unavailable(String code, String zh, String en) {
        Response problem = Problem.response(503, code, RestMessages.zh("database.unavailable"),
                RestMessages.en("database.unavailable"), zh, en, null);
        return Response.fromResponse(problem).header("Retry-After", "5").build();
    }

    static Response internal() {
        return Problem.response(500, "internal", RestMessages.zh("internal"), RestMessages.en("internal"), null, null,
                null);
    }
}
