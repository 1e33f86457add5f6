package org.esip.rest.internal;

import static org.esip.rest.internal.Roles.ADMIN;
import static org.esip.rest.internal.Roles.AUDITOR;
import static org.esip.rest.internal.Roles.ORGANISATION;
import static org.esip.rest.internal.Roles.STAFF;

import java.net.URI;
import java.time.LocalDate;
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

import org.esip.archive.api.ArchiveService;
import org.esip.archive.api.OrganisationArchive;
import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.TableFormat;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationRegistration;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.StatusChange;
import org.esip.registry.api.ImportProgress;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.ServiceRecord;
import org.esip.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Service organisations and their admission (clause 6.3). */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Component(service = OrganisationResource.class)
public class OrganisationResource {
    private final OrganisationService organisations;
    private final TicketService tickets;
    private final ArchiveService archive;
    private final AuditService audit;

    @Activate
    public OrganisationResource(@Reference OrganisationService organisations, @Reference TicketService tickets,
            @Reference ArchiveService archive, @Reference AuditService audit) {
        this.audit = audit;
        this.organisations = organisations;
        this.tickets = tickets;
        this.archive = archive;
    }

    /**
     * The archive of an organisation (clause 6.4.2): qualifications and capability, admission history and
     * service history with its record; the organisation itself may read its own.
     */
    @GET
    @Path("{id}/archive")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ORGANISATION})
    public OrganisationArchive archive(@Context SecurityContext sc, @PathParam("id") String id) {
        long organisationId = Params.id(id);
        Access.readOrganisation(sc, organisationId);
        return archive.organisationArchive(organisationId);
    }

    /** The organisation's service record (clause 6.3.3): completion, timeliness, satisfaction. */
    @GET
    @Path("{id}/record")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ORGANISATION})
    public ServiceRecord record(@Context SecurityContext sc, @PathParam("id") String id) {
        long organisationId = Params.id(id);
        Access.readOrganisation(sc, organisationId);
        organisations.get(organisationId);
        return tickets.recordOf(AssigneeKind.ORGANISATION, organisationId);
    }

    /**
     * The body of an admission change; {@code overrideReason} admits an organisation that does not meet clause
     * 6.3.2 and says why (audited).
     */
    public record Transition(Long version, String reason, String agreementNumber, LocalDate agreementDate,
            String overrideReason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Response register(@Context SecurityContext sc, OrganisationRegistration registration) {
        Organisation o = organisations.register(Access.actor(sc), registration);
        return Response.created(URI.create("organisations/" + o.id())).entity(o).build();
    }

    /** An organisation user's list is its own organisation; readers search the registry. */
    @GET
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ORGANISATION})
    public Page<Organisation> search(@Context SecurityContext sc, @QueryParam("q") String text,
            @QueryParam("region") String region, @QueryParam("domain") String domain, @QueryParam("tag") String tag,
            @QueryParam("status") String status, @QueryParam("alliance") String alliance,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("total") String total) {
        Actor actor = Access.actor(sc);
        PageRequest p = Params.page(page, size, null, total);
        if (actor.has(Role.ORGANISATION)) {
            Organisation own = organisations.get(actor.organisationId());
            return new Page<>(p.page() == 0 ? List.of(own) : List.of(), p.page(), p.size(), 1);
        }
        return organisations.search(new OrganisationQuery(text, region,
                Params.optionalEnum("domain", domain, ServiceDomain.class), tag,
                Params.optionalEnum("status", status, OrganisationStatus.class),
                Params.optionalBoolean("alliance", alliance), sort), p);
    }

    /** Imports a spreadsheet of organisations (CSV or XLSX body), all or nothing; see the enterprise import. */
    @POST
    @Path("import")
    @Consumes({"text/csv", "application/csv", Spreadsheets.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({ADMIN, STAFF})
    public Response importTable(@Context SecurityContext sc, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("dryRun") String dryRun, @QueryParam("filename") String filename,
            @HeaderParam(ImportJobs.HEADER) String importId, byte[] body) {
        Actor actor = Access.actor(sc);
        TableFormat format = Spreadsheets.uploaded(contentType, filename);
        return Spreadsheets.report(ImportJobs.run(importId, "organisations", actor,
                listener -> organisations.importTable(actor, body, format, "true".equalsIgnoreCase(dryRun), listener)));
    }

    /**
     * How far the caller's import is that sent the header {@code Import-Id: importId} (phase CHECKING, STORING or
     * DONE; rows in the file, checked, written), while it runs and for ten minutes after; 404 otherwise.
     */
    @GET
    @Path("import/{importId}")
    @RolesAllowed({ADMIN, STAFF})
    public ImportProgress importProgress(@Context SecurityContext sc, @PathParam("importId") String importId) {
        return ImportJobs.progress(importId, "organisations", Access.actor(sc));
    }

    /** The organisations a search finds, as a spreadsheet that re-imports unchanged. */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheets.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({ADMIN, STAFF, AUDITOR})
    public Response export(@Context SecurityContext sc, @QueryParam("format") String format, @QueryParam("q") String text,
            @QueryParam("region") String region, @QueryParam("domain") String domain, @QueryParam("tag") String tag,
            @QueryParam("status") String status, @QueryParam("sort") String sort) {
        Actor actor = Access.actor(sc);
        TableFormat f = Spreadsheets.requested(format);
        byte[] file = organisations.exportTable(new OrganisationQuery(text, region,
                Params.optionalEnum("domain", domain, ServiceDomain.class), tag,
                Params.optionalEnum("status", status, OrganisationStatus.class), null, sort), f);
        audit.record(actor, "export", "organisation", "*", f + " " + Exports.criteria("q", text, "region", region,
                "domain", domain, "tag", tag, "status", status));
        return Spreadsheets.download(file, f, "organisations", "服务机构名录");
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ORGANISATION})
    public Organisation get(@Context SecurityContext sc, @PathParam("id") String id) {
        long organisationId = Params.id(id);
        Access.readOrganisation(sc, organisationId);
        return organisations.get(organisationId);
    }

    /** An organisation's own user may change its contact details only (see {@link OwnOrganisationUpdate}). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF, ORGANISATION})
    public Organisation update(@Context SecurityContext sc, @PathParam("id") String id, OrganisationRegistration update) {
        long organisationId = Params.id(id);
        Actor actor = Access.changeOrganisation(sc, organisationId);
        if (!Access.isMaintainer(actor)) {
            return organisations.update(actor, organisationId,
                    OwnOrganisationUpdate.merge(organisations.get(organisationId), update));
        }
        return organisations.update(actor, organisationId, update);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({ADMIN, STAFF, AUDITOR, ORGANISATION})
    public List<StatusChange> history(@Context SecurityContext sc, @PathParam("id") String id) {
        long organisationId = Params.id(id);
        Access.readOrganisation(sc, organisationId);
        return organisations.history(organisationId);
    }

    @POST
    @Path("{id}/admit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Organisation admit(@Context SecurityContext sc, @PathParam("id") String id, Transition t) {
        Actor actor = Access.actor(sc);
        return organisations.admit(actor, Params.id(id), version(t), t.agreementNumber(), t.agreementDate(),
                t.overrideReason());
    }

    @POST
    @Path("{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Organisation suspend(@Context SecurityContext sc, @PathParam("id") String id, Transition t) {
        Actor actor = Access.actor(sc);
        return organisations.suspend(actor, Params.id(id), version(t), t.reason());
    }

    @POST
    @Path("{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Organisation reinstate(@Context SecurityContext sc, @PathParam("id") String id, Transition t) {
        Actor actor = Access.actor(sc);
        return organisations.reinstate(actor, Params.id(id), version(t), t.reason());
    }

    @POST
    @Path("{id}/exit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, STAFF})
    public Organisation exit(@Context SecurityContext sc, @PathParam("id") String id, Transition t) {
        Actor actor = Access.actor(sc);
        return organisations.exit(actor, Params.id(id), version(t), t.reason());
    }

    /** The version a state change was made against; 400 on field {@code version} without it. */
    static long version(Object body) {
        List<FieldViolation> errors = new ArrayList<>();
        Params.required("body", body, errors);
        Params.throwIfAny(errors);
        Long version = body instanceof Transition t ? t.version() : body instanceof ExpertResource.PoolChange p
                ? p.version() : body instanceof EnterpriseResource.Retirement r ? r.version() : null;
        Params.required("version", version, errors);
        Params.throwIfAny(errors);
        return version;
    }
}
