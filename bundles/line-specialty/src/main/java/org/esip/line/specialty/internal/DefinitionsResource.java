package org.esip.line.specialty.internal;

import java.io.IOException;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.ValidationException;
import org.esip.line.api.ServiceLine;
import org.esip.line.kit.LineAccess;
import org.esip.line.specialty.api.DefinitionError;
import org.esip.line.specialty.api.DefinitionStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /api/v1/lines/specialty/definitions}: the status of every definition file (staff, administrators,
 * auditors), one definition's status, upload ({@code PUT /definitions/{id}}: validated first, a bad one is a 400
 * naming each JSON path and nothing is written), removal, and validation without saving.
 */
@Path("/definitions")
@Produces(MediaType.APPLICATION_JSON)
public class DefinitionsResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SpecialtyRegistry registry;

    DefinitionsResource(SpecialtyRegistry registry) {
        this.registry = registry;
    }

    /** The result of validating a definition without saving it. */
    public record Validation(boolean valid, List<DefinitionError> errors) {
    }

    @GET
    public List<DefinitionStatus> list(@Context SecurityContext security) {
        LineAccess.reader(security.getUserPrincipal());
        return registry.statuses();
    }

    @GET
    @Path("{id}")
    public DefinitionStatus get(@PathParam("id") String id, @Context SecurityContext security) {
        LineAccess.reader(security.getUserPrincipal());
        return registry.status(id).orElseThrow(() -> Texts.TEXTS.notFound("definition.not-found", id));
    }

    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Validation validate(JsonNode body, @Context SecurityContext security) {
        LineAccess.maintainer(security.getUserPrincipal());
        DefinitionParser.Result r = DefinitionParser.parse(text(body), null);
        return new Validation(r.valid(), r.errors());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DefinitionStatus upload(@PathParam("id") String id, JsonNode body, @Context SecurityContext security)
            throws IOException {
        LineAccess.maintainer(security.getUserPrincipal());
        if (id == null || !id.matches(ServiceLine.ID_PATTERN)) {
            throw Texts.TEXTS.invalid("id", "def.line-id", id);
        }
        String text;
        try {
            text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        DefinitionParser.Result r = DefinitionParser.parse(text, id);
        if (!r.valid()) {
            throw new ValidationException(Texts.TEXTS.zh("definition.invalid"), Texts.TEXTS.en("definition.invalid"),
                    r.errors().stream().map(e -> new FieldViolation(e.path(), "specialty.definition", e.messageZh(),
                            e.messageEn())).toList());
        }
        registry.write(id, text);
        return registry.status(id).orElseThrow();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) throws IOException {
        LineAccess.maintainer(security.getUserPrincipal());
        if (id == null || !id.matches(ServiceLine.ID_PATTERN) || !registry.delete(id)) {
            throw Texts.TEXTS.notFound("definition.not-found", id);
        }
        return Response.noContent().build();
    }

    private static String text(JsonNode body) {
        return body == null ? "null" : body.toString();
    }
}
