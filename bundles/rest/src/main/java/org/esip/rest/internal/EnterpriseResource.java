package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.ENTERPRISE;
import static org.esip.rest.internal.Roles.EXPERT;
import static org.esip.rest.internal.Roles.ORGANISATION;
import static org.esip.rest.internal.Roles.STAFF;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.TableFormat;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.ImportProgress;
import org.esip.registry.api.QualificationType;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The enterprise registry (service objects, clause 4.4.2). */
@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = EnterpriseResource.class)
public class EnterpriseResource {
    private final EnterpriseService enterprises;
    private final TicketService tickets;
    private final AuditService audit;

    @Activate
    public EnterpriseResource(@Reference EnterpriseService enterprises, @Reference TicketService tickets,
            @Reference AuditService audit) {
        this.enterprises = enterprises;
        this.tickets = tickets;
        this.audit = audit;
    }

    /** How an organisation or expert reaches the enterprise it serves (clause 5.4.1.2 b). */
    public record Contact(long id, String name, String creditCode, String regionCode, String township, String address,
            String contactPerson, String contactPhone, String contactEmail) {
    }

    /**
     * The enterprise's contact data: for readers and the enterprise itself, and for an organisation or expert
     * while one of the enterprise's tickets is dispatched to it (ASSIGNED or IN_PROGRESS), so that the two can
     * be put in touch (clause 5.4.1.2 b). Each read by an assignee is in the audit log; when the ticket leaves
     * it (returned, resolved, reassigned) the answer is 403 again.
     */
    @GET
    @Path("{id}/contact")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE, ORGANISATION, EXPERT})
    public Contact contact(@Context SecurityContext sc, @PathParam("id") String id) {
        long enterpriseId = Params.id(id);
        Actor actor = Access.actor(sc);
        AssigneeKind kind = actor.has(Role.ORGANISATION)
                ? AssigneeKind.ORGANISATION
                : actor.has(Role.EXPERT) ? AssigneeKind.EXPERT : null;
        Long assignee = kind == AssigneeKind.ORGANISATION ? actor.organisationId()
                : kind == AssigneeKind.EXPERT ? actor.expertId() : null;
        boolean serving = assignee != null && tickets.dispatchedTo(kind, assignee, enterpriseId);
        if (!serving) {
            Access.readEnterprise(sc, enterpriseId);
        }
        Enterprise e = enterprises.get(enterpriseId);
        if (serving) {
            audit.record(actor, "read-contact", "enterprise", String.valueOf(enterpriseId),
                    kind + " " + assignee + " serving a dispatched ticket");
        }
        return new Contact(e.id(), e.name(), e.creditCode(), e.regionCode(), e.township(), e.address(),
                e.contactPerson(), e.contactPhone(), e.contactEmail());
    }

    /** The body of a retirement. */
    public record Retirement(Long version, String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Response register(@Context SecurityContext sc, EnterpriseRegistration registration) {
        Enterprise e = enterprises.register(Access.actor(sc), registration);
        return Response.created(URI.create("enterprises/" + e.id())).entity(e).build();
    }

    /** An enterprise user's list is its own enterprise; readers search the registry. */
    @GET
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE})
    public Page<Enterprise> search(@Context SecurityContext sc, @QueryParam("q") String text,
            @QueryParam("creditCode") String creditCode, @QueryParam("region") String region,
            @QueryParam("industry") String industry,
            @QueryParam("scale") String scale, @QueryParam("tag") String tag,
            @QueryParam("qualification") String qualification, @QueryParam("status") String status,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("total") String total) {
        Actor actor = Access.actor(sc);
        PageRequest p = Params.page(page, size, null, total);
        if (actor.has(Role.ENTERPRISE)) {
            // An enterprise user's list is its own enterprise.
            Enterprise own = enterprises.get(actor.enterpriseId());
            return new Page<>(p.page() == 0 ? List.of(own) : List.of(), p.page(), p.size(), 1);
        }
        return enterprises.search(query(text, creditCode, region, industry, scale, tag, qualification, status, sort),
                p);
    }

    static EnterpriseQuery query(String text, String creditCode, String region, String industry, String scale,
            String tag, String qualification, String status, String sort) {
        return new EnterpriseQuery(text, creditCode, region, industry,
                Params.optionalEnum("scale", scale, EnterpriseSize.class), tag,
                Params.optionalEnum("qualification", qualification, QualificationType.class),
                Params.optionalEnum("status", status, EnterpriseStatus.class), sort);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ENTERPRISE})
    public Enterprise get(@Context SecurityContext sc, @PathParam("id") String id) {
        long enterpriseId = Params.id(id);
        Access.readEnterprise(sc, enterpriseId);
        return enterprises.get(enterpriseId);
    }

    /**
     * Replaces the record if it is still at the {@code version} the body names; 409 otherwise. An
     * enterprise user may change its own record but not the staff's size decision.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ENTERPRISE})
    public Enterprise update(@Context SecurityContext sc, @PathParam("id") String id, EnterpriseRegistration update) {
        long enterpriseId = Params.id(id);
        Actor actor = Access.changeEnterprise(sc, enterpriseId);
        if (!Access.isMaintainer(actor) && update != null) {
            Enterprise current = enterprises.get(enterpriseId);
            if (update.sizeOverride() != current.sizeOverride()) {
                throw Access.forbidden();
            }
        }
        return enterprises.update(actor, enterpriseId, update);
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Enterprise retire(@Context SecurityContext sc, @PathParam("id") String id, Retirement retirement) {
        Actor actor = Access.actor(sc);
        List<FieldViolation> errors = new ArrayList<>();
        Params.required("body", retirement, errors);
        Params.throwIfAny(errors);
        Params.required("version", retirement.version(), errors);
        Params.throwIfAny(errors);
        return enterprises.retire(actor, Params.id(id), retirement.version(), retirement.reason());
    }

    /**
     * Imports a spreadsheet sent as the body ({@code text/csv} or an XLSX workbook), all or nothing.
     * Answers 200 with the report when it was stored, 422 with the report when a row was rejected
     * (nothing stored), and 200 with {@code committed:false} for a dry run.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", "application/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({ADMIN, STAFF})
    public Response importTable(@Context SecurityContext sc, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("dryRun") String dryRun, @QueryParam("filename") String filename,
            @HeaderParam(ImportJobs.HEADER) String importId, byte[] body) {
        Actor actor = Access.actor(sc);
        TableFormat format = Spreadsheets.uploaded(contentType, filename);
        return Spreadsheets.report(ImportJobs.run(importId, "enterprises", actor,
                listener -> enterprises.importTable(actor, body, format, "true".equalsIgnoreCase(dryRun), listener)));
    }

    /**
     * How far the caller's import is that sent the header {@code Import-Id: importId} (phase CHECKING, STORING or
     * DONE; rows in the file, checked, written), while it runs and for ten minutes after; 404 otherwise.
     */
    @GET
    @Path("import/{importId}")
    @RolesAllowed({ADMIN, STAFF})
    public ImportProgress importProgress(@Context SecurityContext sc, @PathParam("importId") String importId) {
        return ImportJobs.progress(importId, "enterprises", Access.actor(sc));
    }

    /** The enterprises a search finds, as a spreadsheet that re-imports unchanged. */
    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public Response export(@Context SecurityContext sc, @QueryParam("format") String format,
            @QueryParam("q") String text, @QueryParam("creditCode") String creditCode,
            @QueryParam("region") String region, @QueryParam("industry") String industry,
            @QueryParam("scale") String scale, @QueryParam("tag") String tag,
            @QueryParam("qualification") String qualification, @QueryParam("status") String status,
            @QueryParam("sort") String sort) {
        Actor actor = Access.actor(sc);
        TableFormat f = Spreadsheets.requested(format);
        byte[] file = enterprises.exportTable(query(text, creditCode, region, industry, scale, tag, qualification, status, sort), f);
        audit.record(actor, "export", "enterprise", "*", f + " " + Exports.criteria("q", text, "creditCode", creditCode,
                "region", region, "industry", industry, "scale", scale, "tag", tag, "qualification", qualification,
                "status", status));
        return Spreadsheets.download(file, f, "enterprises", "企业名录");
    }
}
