package org.esip.rest.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Produces;

import org.esip.core.api.PublicInformation;
import org.esip.core.api.Role;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3 description of the whole REST API, generated from the code: swagger-core's JAX-RS reader reads the
 * resources' annotations (paths, methods, parameters, bodies, media types) of the core at {@code /api/v1} and of
 * every admitted service line at {@code /api/v1/lines/<id>}. To each operation it adds what swagger-core cannot see:
 * <ul>
 * <li>the roles it admits ({@code x-esip-roles} and its description), read from the same {@code @RolesAllowed},
 * {@code @PermitAll} and {@link PublicInformation} that {@link RolesAllowedFeature} and
 * {@link AuthenticationFilter} enforce, so the description cannot drift from the rule;</li>
 * <li>its problem answers ({@code application/problem+json}, RFC 9457, with the platform's {@code code} and
 * bilingual titles), by what the operation can meet: 400 for parameters or a body, 401 and 403 for a protected
 * operation, 404 for a path with an id, 409 for a change;</li>
 * <li>an example of its request body and of its answer, built from their Java types ({@link ApiExamples}).</li>
 * </ul>
 * Schema names are the types' names without their package ({@code StepBodies.Accept}), so two types of one simple
 * name never share a schema.
 */
final class ApiDescription {
    static final String BEARER = "bearer";
    static final String COOKIE = "session";
    static final String ROLES = "x-esip-roles";
    private static final String PROBLEM = "Problem";
    private static final String SCHEMAS = "#/components/schemas/";
    /** A generic type's name swagger-core joins from full names, e.g. {@code PageOrg.esip.registry.api.Enterprise}. */
    private static final Pattern PACKAGE_IN_NAME = Pattern.compile("(?<=[A-Za-z0-9])(Org|Com|Java|Javax|Io)\\.([a-z][a-z0-9_]*\\.)+");

    /** Resources published under one address: the core's ({@code ""}), or a line's ({@code /lines/<id>}). */
    record Group(String prefix, String tag, Collection<Class<?>> resources) {
    }

    private ApiDescription() {
    }

    /** The document as JSON, for {@code version} (the core's), over {@code groups}. */
    static ObjectNode document(String version, List<Group> groups) {
        OpenAPI whole = frame(version);
        Map<String, Schema> schemas = new TreeMap<>();
        synchronized (ApiDescription.class) {
            // swagger-core keeps the naming rule in one static resolver; full names first, shortened below
            TypeNameResolver.std.setUseFqn(true);
            for (Group group : groups) {
                OpenAPI part = new DescribingReader(group).read(new LinkedHashSet<>(group.resources()));
                if (part.getPaths() != null) {
                    part.getPaths().forEach((path, item) -> whole.path(join(group.prefix(), path), item));
                }
                if (part.getComponents() != null && part.getComponents().getSchemas() != null) {
                    part.getComponents().getSchemas().forEach(schemas::putIfAbsent);
                }
            }
        }
        schemas.forEach(whole.getComponents()::addSchemas);
        ObjectNode tree = Json.mapper().valueToTree(whole);
        shortenSchemaNames(tree);
        return tree;
    }

    private static OpenAPI frame(String version) {
        Components components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("POST /api/v1/auth/token 换取的令牌。The token from POST /api/v1/auth/token."))
                .addSecuritySchemes(COOKIE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name(SessionCookie.NAME)
                        .description("网页登录的会话 Cookie；修改类请求还须带 X-Esip-Csrf: 1。The web pages' session "
                                + "cookie; a request that changes something also sends X-Esip-Csrf: 1."))
                .addSchemas(PROBLEM, ApiExamples.problemSchema());
        ApiExamples.problemResponses().forEach(components::addResponses);
        return new OpenAPI()
                .info(new Info().title("企业服务综合平台 REST API · esip REST API").version(version)
                        .description("企业服务综合平台（温州市地方标准《企业服务综合平台建设与服务规范》）的 REST 接口："
                                + "核心与已安装的服务条线。每个操作注明允许的角色（x-esip-roles）。"
                                + "错误一律为 application/problem+json（RFC 9457），title 为中文、titleEn 为英文。\n\n"
                                + "The REST API of the Enterprise Service Integrated Platform: the core and every "
                                + "installed service line. Each operation names the roles it admits (x-esip-roles). "
                                + "Every error is application/problem+json (RFC 9457), title in Chinese, titleEn in "
                                + "English.")
                        .license(new License().name("Apache-2.0")))
                .servers(List.of(new Server().url("/api/v1")))
                .components(components)
                .security(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(COOKIE)));
    }

    private static String join(String prefix, String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return prefix + (p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p);
    }

    /** The roles a resource method admits, as the platform enforces them: {@code null} for a public one. */
    static List<String> roles(Method method) {
        Class<?> type = method.getDeclaringClass();
        if (method.isAnnotationPresent(PublicInformation.class) || type.isAnnotationPresent(PublicInformation.class)) {
            return null;
        }
        String[] declared = RolesAllowedFeature.rolesOf(method);
        if (declared == null) {
            declared = RolesAllowedFeature.rolesOf(type);
        }
        if (declared == null || RolesAllowedFeature.permitsAll(declared)) {
            return List.of(Role.values()).stream().map(Role::name).toList();
        }
        return List.of(declared);
    }

    /** swagger-core's reader, adding roles, problem answers, examples and a tag to each operation it reads. */
    private static final class DescribingReader extends Reader {
        private final Group group;
        private final Map<String, Integer> operationIds = new HashMap<>();
        private final Map<Operation, Method> read = new IdentityHashMap<>();

        DescribingReader(Group group) {
            super(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true));
            this.group = group;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Operation parseMethod(Method method, List<Parameter> globalParameters, Produces methodProduces,
                Produces classProduces, Consumes methodConsumes, Consumes classConsumes,
                List<SecurityRequirement> classSecurityRequirements, Optional<ExternalDocumentation> classExternalDocs,
                Set<String> classTags, List<Server> classServers, boolean isSubresource,
                RequestBody parentRequestBody, ApiResponses parentResponses, JsonView jsonViewAnnotation,
                io.swagger.v3.oas.annotations.responses.ApiResponse[] classResponses, AnnotatedMethod annotatedMethod) {
            Operation operation = super.parseMethod(method, globalParameters, methodProduces, classProduces,
                    methodConsumes, classConsumes, classSecurityRequirements, classExternalDocs, classTags,
                    classServers, isSubresource, parentRequestBody, parentResponses, jsonViewAnnotation,
                    classResponses, annotatedMethod);
            describe(operation, method);
            read.put(operation, method);
            return operation;
        }

        /** The reader adds an operation's request body after {@link #parseMethod}: its example comes last. */
        @Override
        public OpenAPI read(Set<Class<?>> classes) {
            OpenAPI api = super.read(classes);
            read.forEach((operation, method) -> {
                if (operation.getRequestBody() != null) {
                    ApiExamples.requestExample(operation.getRequestBody(), method);
                }
            });
            return api;
        }

        private void describe(Operation operation, Method method) {
            String resource = method.getDeclaringClass().getSimpleName().replaceFirst("(Resource|Endpoint)$", "");
            operation.addTagsItem(group.tag() == null ? resource : group.tag() + " · " + resource);
            String base = (group.tag() == null ? "" : group.tag() + "_") + method.getName();
            int seen = operationIds.merge(base, 1, Integer::sum);
            operation.setOperationId(seen == 1 ? base : base + "_" + seen);

            List<String> roles = roles(method);
            String who;
            if (roles == null) {
                operation.setSecurity(List.of());
                operation.addExtension(ROLES, List.of("PUBLIC"));
                who = "公开，无须登录。Public: no sign-in.";
            } else {
                operation.addExtension(ROLES, roles);
                who = "角色 Roles: " + String.join(", ", roles) + "."
                        + (roles.contains(Role.ENTERPRISE.name()) || roles.contains(Role.ORGANISATION.name())
                                ? " 企业、服务机构用户只能访问本单位的记录（他人的记录答 404）。An enterprise or organisation "
                                        + "user reaches only its own records (another's answer 404)."
                                : "");
            }
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);

            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            ApiExamples.successExample(responses, method);
            boolean hasInput = method.getParameterCount() > 0;
            if (hasInput) {
                problem(responses, 400);
            }
            if (roles != null) {
                problem(responses, 401);
                if (roles.size() < Role.values().length) {
                    problem(responses, 403);
                }
            }
            String http = httpMethod(method);
            if (ApiExamples.hasPathParameter(method)) {
                problem(responses, 404);
            }
            if (!"GET".equals(http)) {
                problem(responses, 409);
            }
            if (group.prefix().isEmpty()) {
                // a core resource whose component is away for a moment (TrackedResources)
                problem(responses, 503);
            }
            operation.setResponses(responses);
        }

        private static void problem(ApiResponses responses, int status) {
            responses.putIfAbsent(String.valueOf(status),
                    new ApiResponse().$ref("#/components/responses/" + ApiExamples.responseName(status)));
        }
    }

    static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * {@code org.esip.rest.internal.StepBodies$Accept} → {@code StepBodies.Accept}, and every reference along; a
     * short name two types would share keeps the longer name for the second.
     */
    private static void shortenSchemaNames(ObjectNode tree) {
        JsonNode components = tree.get("components");
        if (components == null || !(components.get("schemas") instanceof ObjectNode schemas)) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String shortName = shortName(name);
            if (!taken.add(shortName)) {
                shortName = name.replace('$', '.');
                taken.add(shortName);
            }
            renamed.put(name, shortName);
        }
        ObjectNode replaced = schemas.objectNode();
        for (String name : names) {
            replaced.set(renamed.get(name), schemas.get(name));
        }
        ((ObjectNode) components).set("schemas", replaced);
        rewriteReferences(tree, renamed);
    }

    static String shortName(String fullName) {
        String name = PACKAGE_IN_NAME.matcher(fullName).replaceAll("");
        String[] parts = name.split("\\.");
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!kept.isEmpty() || !part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                kept.add(part);
            }
        }
        return (kept.isEmpty() ? name : String.join(".", kept)).replace('$', '.');
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, String>> changes = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ("$ref".equals(field.getKey()) && field.getValue().isTextual()
                        && field.getValue().asText().startsWith(SCHEMAS)) {
                    String target = field.getValue().asText().substring(SCHEMAS.length());
                    changes.add(Map.entry(field.getKey(), SCHEMAS + renamed.getOrDefault(target, target)));
                } else {
                    rewriteReferences(field.getValue(), renamed);
                }
            }
            changes.forEach(c -> object.set(c.getKey(), TextNode.valueOf(c.getValue())));
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteReferences(element, renamed));
        }
    }
}
