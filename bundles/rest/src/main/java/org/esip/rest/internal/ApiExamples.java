package org.esip.rest.internal;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.ws.rs.PathParam;

import org.esip.core.api.FieldViolation;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The examples and the problem answers of the {@link ApiDescription}: a JSON example of a Java type as Jackson
 * would write it (records, beans, lists, maps, enums, times), with plausible values for the platform's usual field
 * names, and the RFC 9457 problem schema with one example answer per status the API gives.
 */
final class ApiExamples {
    private static final int DEPTH = 4;
    private static final String PROBLEM_JSON = Problem.MEDIA_TYPE;
    private static final ObjectMapper MAPPER = Json.mapper();

    private ApiExamples() {
    }

    /** The name of the shared problem answer for {@code status} in {@code components/responses}. */
    static String responseName(int status) {
        return "Problem" + status;
    }

    /** The problem document (RFC 9457 with the platform's members). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> problemSchema() {
        Schema violation = new ObjectSchema().description("一个字段的问题 One field's problem")
                .addProperty("field", new StringSchema().description("字段 The field, e.g. enterpriseId"))
                .addProperty("code", new StringSchema()).addProperty("message", new StringSchema().description("中文"))
                .addProperty("messageEn", new StringSchema().description("English"));
        return new ObjectSchema().description("RFC 9457 问题详情 Problem details")
                .addProperty("type", new StringSchema().example("urn:esip:problem:validation.failed"))
                .addProperty("title", new StringSchema().description("中文标题 Title in Chinese"))
                .addProperty("titleEn", new StringSchema().description("English title"))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("中文说明 Detail in Chinese"))
                .addProperty("detailEn", new StringSchema().description("English detail"))
                .addProperty("code", new StringSchema().description("稳定的错误代码 A stable error code"))
                .addProperty("errors", new ArraySchema().items(violation));
    }

    /** One shared answer per status, each with an example as the platform sends it. */
    static Map<String, ApiResponse> problemResponses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        add(responses, 400, "请求有误（指明字段） Invalid request, naming the field",
                problem(400, "validation.failed", "request.invalid", null,
                        List.of(RestMessages.violation("enterpriseId", "field.required"))));
        add(responses, 401, "未登录 Not signed in", problem(401, "auth.required", "unauthenticated", "auth.required", null));
        add(responses, 403, "角色或账号无权 The role or account does not allow this",
                problem(403, "auth.forbidden", "forbidden", "auth.forbidden", null));
        add(responses, 404, "记录不存在（或不属于调用者） No such record (or not the caller's)",
                new Problem("urn:esip:problem:ticket.not-found", RestMessages.zh("not-found"), RestMessages.en("not-found"),
                        404, RestMessages.zh("ticket.not-found", 42), RestMessages.en("ticket.not-found", 42),
                        "ticket.not-found", null));
        add(responses, 409, "与已存储的数据冲突（如版本已变） Conflicts with stored data (e.g. a changed version)",
                problem(409, "record.concurrent", "conflict", "concurrent",
                        List.of(RestMessages.violation("version", "concurrent"))));
        add(responses, 503, "该项服务暂不可用，稍后重试（Retry-After） Briefly unavailable; retry after Retry-After",
                problem(503, "resource.unavailable", "database.unavailable", "resource.unavailable", null));
        return responses;
    }

    private static Problem problem(int status, String code, String title, String detail, List<FieldViolation> errors) {
        return new Problem("urn:esip:problem:" + code, RestMessages.zh(title), RestMessages.en(title), status,
                detail == null ? null : RestMessages.zh(detail), detail == null ? null : RestMessages.en(detail), code,
                errors);
    }

    private static void add(Map<String, ApiResponse> responses, int status, String description, Problem example) {
        responses.put(responseName(status), new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .example(MAPPER.valueToTree(example)))));
    }

    /** Whether {@code method} takes part of its path as a parameter (an id: a 404 is possible). */
    static boolean hasPathParameter(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof PathParam) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Puts an example of {@code method}'s body on each JSON media type of {@code body}. */
    static void requestExample(RequestBody body, Method method) {
        Type type = bodyType(method);
        if (type == null || body.getContent() == null) {
            return;
        }
        Object example = example(type);
        if (example != null) {
            body.getContent().forEach((media, content) -> {
                if ((media.contains("json") || "*/*".equals(media)) && content.getExample() == null) {
                    content.setExample(example);
                }
            });
        }
    }

    /** Puts an example of {@code method}'s answer on its success answers' JSON media types. */
    static void successExample(ApiResponses responses, Method method) {
        ApiResponse success = responses.get("default");
        if (success != null && "default response".equals(success.getDescription())) {
            success.setDescription("成功时的应答 The answer on success");
        }
        Object example = example(method.getGenericReturnType());
        if (example == null) {
            return;
        }
        responses.forEach((status, response) -> {
            if ((status.startsWith("2") || "default".equals(status)) && response.getContent() != null) {
                response.getContent().forEach((media, content) -> {
                    if ((media.contains("json") || "*/*".equals(media)) && content.getExample() == null) {
                        content.setExample(example);
                    }
                });
            }
        });
    }

    /** The type of the parameter JAX-RS reads from the body: the one without a JAX-RS or context annotation. */
    private static Type bodyType(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean bound = false;
            for (Annotation a : annotations[i]) {
                String name = a.annotationType().getName();
                bound |= name.startsWith("javax.ws.rs.");
            }
            if (!bound) {
                return method.getGenericParameterTypes()[i];
            }
        }
        return null;
    }

    /** An example of a value of {@code type} as the platform's JSON writes it; {@code null} when it has none. */
    static Object example(Type type) {
        return example(MAPPER.getTypeFactory().constructType(type), null, 0);
    }

    private static Object example(JavaType type, String name, int depth) {
        Class<?> raw = type.getRawClass();
        if (raw == void.class || raw == Void.class || raw == Object.class || depth > DEPTH
                || raw.getName().startsWith("javax.ws.rs.") || raw == byte[].class
                || InputStream.class.isAssignableFrom(raw)) {
            return null;
        }
        Object scalar = scalar(raw, name == null ? "" : name.toLowerCase(Locale.ROOT));
        if (scalar != null) {
            return scalar;
        }
        if (type.isEnumType()) {
            Object[] constants = raw.getEnumConstants();
            return constants.length == 0 ? null : ((Enum<?>) constants[0]).name();
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            Object element = example(type.getContentType(), name, depth + 1);
            List<Object> list = new ArrayList<>();
            if (element != null) {
                list.add(element);
            }
            return list;
        }
        if (type.isMapLikeType()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Object value = example(type.getContentType(), name, depth + 1);
            if (value != null) {
                map.put("key", value);
            }
            return map;
        }
        if (raw.isInterface() || raw.getName().startsWith("java.")) {
            return null;
        }
        BeanDescription bean = MAPPER.getSerializationConfig().introspect(type);
        Map<String, Object> object = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            Object value = example(property.getPrimaryType(), property.getName(), depth + 1);
            if (value != null) {
                object.put(property.getName(), value);
            }
        }
        return object.isEmpty() ? null : object;
    }

    private static Object scalar(Class<?> raw, String name) {
        if (raw == String.class || raw == CharSequence.class) {
            return text(name);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Boolean.TRUE;
        }
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class || raw == short.class
                || raw == Short.class) {
            return name.equals("version") ? 0 : 1;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return 4.5;
        }
        if (raw == LocalDate.class) {
            return "2026-12-04";
        }
        if (raw == LocalDateTime.class) {
            return "2026-12-04T09:30:00";
        }
        if (raw == LocalTime.class) {
            return "09:30:00";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return "2026-12-04T01:30:00Z";
        }
        if (raw == YearMonth.class) {
            return "2026-12";
        }
        if (raw == Duration.class) {
            return "PT2H";
        }
        if (raw == UUID.class) {
            return "3f2b8c1e-6d4a-4f0e-9b7a-2c5d1e8f4a60";
        }
        return null;
    }

    /** A plausible text for a field of that name. */
    private static String text(String name) {
        if (name.contains("creditcode")) {
            return "91330302MA2A0B1C2D";
        }
        if (name.contains("phone") || name.contains("mobile")) {
            return "13800000000";
        }
        if (name.contains("email")) {
            return "service@example.org";
        }
        if (name.contains("region") || name.contains("county")) {
            return "330302";
        }
        if (name.equals("username")) {
            return "staff01";
        }
        if (name.contains("password")) {
            return "Example-Passw0rd!";
        }
        if (name.contains("name")) {
            return "温州示例科技有限公司";
        }
        if (name.contains("title")) {
            return "申请技术改造补助";
        }
        if (name.contains("code") || name.contains("category") || name.contains("type")) {
            return "DEMAND";
        }
        return "示例文本 example";
    }
}
