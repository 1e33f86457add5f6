package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3 description of the REST API (issue: "every operation has its roles, parameters, bodies, problem
 * responses and an example"), built from the real core resources and a line's resource as
 * {@code GET /api/v1/openapi.json} builds it.
 */
public class ApiDescriptionTest {
    private static ObjectNode document;

    /** A line's resource, as a line bundle would publish it under /api/v1/lines/sample. */
    @Path("/requests")
    @Produces(MediaType.APPLICATION_JSON)
    public static class SampleLineResource {
        public record NewRequest(long enterpriseId, String title) {
        }

        @POST
        @RolesAllowed({"ENTERPRISE", "STAFF"})
        public NewRequest submit(NewRequest body) {
            return body;
        }

        @GET
        @Path("/{id: [0-9]+}")
        @RolesAllowed("STAFF")
        public NewRequest read(@PathParam("id") long id) {
            return null;
        }
    }

    @BeforeClass
    public static void build() {
        List<ApiDescription.Group> groups = new ArrayList<>(ApiDescriptionResource.coreGroups());
        groups.add(new ApiDescription.Group("/lines/sample", "sample", List.of(SampleLineResource.class)));
        document = ApiDescription.document("9.9.9", groups);
    }

    @Test
    public void everyResourceMethodOfTheCoreIsAnOperation() {
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (ApiDescription.Group group : ApiDescriptionResource.coreGroups()) {
            for (Class<?> resource : group.resources()) {
                for (Method method : resource.getMethods()) {
                    String http = ApiDescription.httpMethod(method);
                    if (http.isEmpty()) {
                        continue;
                    }
                    operations++;
                    String path = group.prefix() + path(resource, method);
                    if (document.path("paths").path(path).path(http.toLowerCase(Locale.ROOT)).isMissingNode()) {
                        missing.add(http + " " + path);
                    }
                }
            }
        }
        assertTrue("every core operation is described; missing: " + missing, missing.isEmpty());
        assertTrue("the core has well over a hundred operations: " + operations, operations > 100);
    }

    @Test
    public void eachOperationNamesItsRolesAndItsProblemAnswers() {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            JsonNode roles = op.getValue().path(ApiDescription.ROLES);
            assertTrue(where + " names its roles", roles.isArray() && roles.size() > 0);
            assertTrue(where + " says who may call it", op.getValue().path("description").asText().length() > 10);
            boolean open = "PUBLIC".equals(roles.get(0).asText());
            assertEquals(where + ": a protected operation may answer 401", !open,
                    op.getValue().path("responses").has("401"));
            assertTrue(where + " has an operation id", op.getValue().path("operationId").isTextual());
        }));
    }

    @Test
    public void aPublicOperationNeedsNoSignIn() {
        JsonNode health = document.at("/paths/~1health/get");
        assertEquals("PUBLIC", health.path(ApiDescription.ROLES).get(0).asText());
        assertTrue("no security requirement", health.path("security").isArray() && health.path("security").isEmpty());
        assertEquals(2, document.path("security").size());
    }

    @Test
    public void aStepTakesItsOwnBodyWithAnExampleAndItsProblems() {
        JsonNode accept = document.at("/paths/~1tickets~1{id}~1accept/post");
        assertFalse(accept.isMissingNode());
        JsonNode body = accept.at("/requestBody/content/application~1json");
        assertEquals("#/components/schemas/StepBodies.Accept", body.at("/schema/$ref").asText());
        assertTrue("the body's example carries the version the step checks", body.at("/example").has("version"));
        for (String status : List.of("400", "401", "404", "409")) {
            assertEquals("#/components/responses/Problem" + status,
                    accept.at("/responses/" + status + "/$ref").asText());
        }
        JsonNode problem = document.at("/components/responses/Problem400/content/application~1problem+json");
        assertEquals("#/components/schemas/Problem", problem.at("/schema/$ref").asText());
        assertEquals(400, problem.at("/example/status").asInt());
        assertEquals("enterpriseId", problem.at("/example/errors/0/field").asText());
        assertTrue("the title is in Chinese first", problem.at("/example/title").asText().matches(".*\\p{IsHan}.*"));
        assertFalse(problem.at("/example/titleEn").asText().isBlank());
    }

    @Test
    public void aLinesOperationsAreUnderItsAddressWithItsRoles() {
        JsonNode submit = document.at("/paths/~1lines~1sample~1requests/post");
        assertEquals("[\"ENTERPRISE\",\"STAFF\"]", submit.path(ApiDescription.ROLES).toString());
        assertEquals("sample · SampleLine", submit.at("/tags/0").asText());
        assertTrue(submit.path("responses").has("403"));
        assertEquals("the example comes from the record's components", 1,
                submit.at("/requestBody/content/*~1*/example/enterpriseId").asInt());
        JsonNode read = document.at("/paths/~1lines~1sample~1requests~1{id}/get");
        assertEquals("[\"STAFF\"]", read.path(ApiDescription.ROLES).toString());
        assertTrue(read.path("responses").has("404"));
        assertFalse("a read conflicts with nothing", read.path("responses").has("409"));
        assertTrue(read.at("/operationId").asText().startsWith("sample_"));
    }

    @Test
    public void schemaNamesAreShortUniqueAndEveryReferenceResolves() {
        Set<String> names = new TreeSet<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            assertTrue("a schema name OpenAPI accepts: " + name, name.matches("[A-Za-z0-9._-]+"));
            assertFalse("no package in the name: " + name, name.contains("esip"));
        }
        assertTrue(names.contains("StepBodies.Accept"));
        assertTrue(names.contains("PageEnterprise"));
        List<String> dangling = new ArrayList<>();
        references(document, dangling);
        assertTrue("every $ref names a component: " + dangling, dangling.isEmpty());
    }

    @Test
    public void shortNamesDropThePackages() {
        assertEquals("StepBodies.Accept", ApiDescription.shortName("org.esip.rest.internal.StepBodies$Accept"));
        assertEquals("PageEnterprise", ApiDescription.shortName("PageOrg.esip.registry.api.Enterprise"));
        assertEquals("Ticket", ApiDescription.shortName("Ticket"));
    }

    private static void references(JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if ("$ref".equals(field.getKey())) {
                    String ref = field.getValue().asText();
                    JsonNode target = document.at(ref.substring(1));
                    if (target.isMissingNode()) {
                        dangling.add(ref);
                    }
                } else {
                    references(field.getValue(), dangling);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> references(element, dangling));
        }
    }

    /** The path JAX-RS answers, as OpenAPI writes it: {@code {id: [0-9]+}} → {@code {id}}. */
    private static String path(Class<?> resource, Method method) {
        String base = resource.getAnnotation(Path.class).value();
        Path sub = method.getAnnotation(Path.class);
        String whole = "/" + base + (sub == null ? "" : "/" + sub.value());
        whole = whole.replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*\\}", "{$1}");
        return whole.length() > 1 && whole.endsWith("/") ? whole.substring(0, whole.length() - 1) : whole;
    }

    @Test
    public void theHttpMethodComesFromTheAnnotation() throws Exception {
        assertEquals("POST", ApiDescription.httpMethod(SampleLineResource.class.getMethod("submit",
                SampleLineResource.NewRequest.class)));
    }
}
