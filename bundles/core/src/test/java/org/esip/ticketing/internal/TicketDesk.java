package org.esip.ticketing.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;

import org.esip.archive.internal.ArchiveConfig;
import org.esip.archive.internal.ArchiveLedger;
import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.core.internal.content.ContentStore;
import org.esip.core.internal.content.FileStoreImpl;
import org.esip.core.internal.testkit.Configs;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.line.internal.ServiceLineRegistryImpl;
import org.esip.notification.internal.NotificationServiceImpl;
import org.esip.provider.internal.ExpertServiceImpl;
import org.esip.provider.internal.OrganisationServiceImpl;
import org.esip.provider.internal.StaffServiceImpl;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.esip.registry.internal.EnterpriseServiceImpl;
import org.osgi.framework.Version;

/**
 * The ticket service of the tests, on the core's real collaborators over one in-memory database, with one registered
 * enterprise (温州瓯海眼镜有限公司, contact phone 13800000001) to submit for.
 */
final class TicketDesk {
    static final Actor STAFF = new Actor("staff1", Set.of(Role.STAFF), null, null, null);

    final TicketServiceImpl tickets;
    final long enterpriseId;

    TicketDesk(InMemoryCore core) throws IOException {
        EnterpriseServiceImpl enterprises = new EnterpriseServiceImpl(core.jpa, core.audit);
        ContentStore store = new ContentStore(Files.createTempDirectory("esip-content"));
        NotificationServiceImpl notifications = new NotificationServiceImpl(core.jpa, enterprises);
        tickets = new TicketServiceImpl(core.jpa, new OrganisationServiceImpl(core.jpa, core.audit),
                new ExpertServiceImpl(core.jpa, core.audit), new StaffServiceImpl(core.jpa, core.audit),
                new WorkingCalendarImpl(core.jpa, core.audit), notifications,
                new ArchiveLedger(Configs.defaults(ArchiveConfig.class)), store,
                new FileStoreImpl(store, Configs.defaults(FileStoreImpl.Limits.class)), enterprises,
                new ServiceLineRegistryImpl(new Version(2, 0, 0)), core.audit, notifications, notifications,
                Configs.defaults(TicketingConfig.class));
        enterpriseId = enterprises.register(STAFF, new EnterpriseRegistration(null,
                UnifiedSocialCreditCode.withCheckCharacter("91330302MA0000001"), "温州瓯海眼镜有限公司", "330304", null,
                null, "C3587", null, "李经理", "13800000001", null, 30, new BigDecimal("900"), null,
                LocalDate.of(2018, 5, 1), null, null, null)).id();
    }
}
