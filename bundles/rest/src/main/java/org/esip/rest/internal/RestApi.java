package org.esip.rest.internal;

import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.esip.archive.api.ArchiveService;
import org.esip.audit.api.AuditService;
import org.esip.backup.api.BackupService;
import org.esip.disclosure.api.DisclosureService;
import org.esip.identity.api.AccountService;
import org.esip.identity.api.TokenService;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.notification.api.NotificationService;
import org.esip.platform.api.PlatformService;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.ServicePointService;
import org.esip.provider.api.StaffService;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.TagService;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.WorkingCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The core REST API at {@code /api/v1}: resources thin over the core services. */
@Component(service = {}, immediate = true)
public class RestApi {
    static final String ADDRESS = "/v1";
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

    private final Bus bus;
    private final Server server;

    @Activate
    public RestApi(@Reference HTTPTransportFactory transport, @Reference PlatformService platform,
            @Reference EnterpriseService enterprises, @Reference TicketService tickets,
            @Reference ServiceLineRegistry lines, @Reference TokenService tokens, @Reference AccountService accounts,
            @Reference AuditService audit, @Reference TagService tagService,
            @Reference OrganisationService organisations, @Reference ExpertService experts,
            @Reference StaffService staff, @Reference ServicePointService points,
            @Reference WorkingCalendar calendar, @Reference NotificationService notifications,
            @Reference ArchiveService archive, @Reference BackupService backups,
            @Reference DisclosureService disclosure) {
        bus = JaxrsServers.newBus();
        server = JaxrsServers.start(bus, transport, ADDRESS, List.of(new HealthResource(platform), new PlatformResource(platform),
                new EnterpriseResource(enterprises, tickets, audit), new TicketResource(tickets, archive, audit), new ServiceLineResource(lines), new IndicatorResource(lines),
                new DashboardResource(tickets, lines),
                new AuthResource(tokens, accounts), new AccountResource(accounts), new AuditResource(audit), new TagResource(tagService),
                new OrganisationResource(organisations, tickets, archive, audit), new ExpertResource(experts, tickets), new StaffResource(staff),
                new ServicePointResource(points), new CalendarResource(calendar),
                new NotificationResource(notifications), new ArchiveResource(archive), new BackupResource(backups),
                new DisclosureResource(disclosure)), tokens);
        LOG.info("esip REST API published at /api{}", ADDRESS);
    }

    @Deactivate
    void stop() {
        server.destroy();
        bus.shutdown(true);
    }
}
