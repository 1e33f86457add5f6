package org.esip.platform.internal;

import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Database;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.platform.api.PlatformIdentity;
import org.esip.platform.api.PlatformService;
import org.esip.platform.api.PlatformStatus;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = PlatformService.class, configurationPid = PlatformConfig.PID)
@Designate(ocd = PlatformConfig.class)
public class PlatformServiceImpl implements PlatformService {
    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    private final Database database;
    private final ServiceLineRegistry lines;
    private final String version;
    private volatile PlatformIdentity identity;

    @Activate
    public PlatformServiceImpl(@Reference Database database, @Reference ServiceLineRegistry lines,
            BundleContext context, PlatformConfig config) {
        this.database = database;
        this.lines = lines;
        this.version = context.getBundle().getVersion().toString();
        modified(config);
    }

    @Modified
    void modified(PlatformConfig config) {
        identity = identityOf(config);
    }

    /** The one rule for the platform's name (clause 4.3.1): region name + 企业服务综合平台. */
    static PlatformIdentity identityOf(PlatformConfig config) {
        String regionName = config.regionName().strip();
        String regionNameEn = config.regionNameEn().strip();
        return new PlatformIdentity(config.regionCode().strip(), regionName,
                regionName + Messages.zh("platform.name.suffix"),
                (regionNameEn.isEmpty() ? "" : regionNameEn + " ") + Messages.en("platform.name.suffix"));
    }

    @Override
    public PlatformIdentity identity() {
        return identity;
    }

    @Override
    public PlatformStatus status() {
        String status = database.isReachable() ? UP : DOWN;
        return new PlatformStatus(status, version, identity, database.productName(), database.productVersion(),
                lines.installed());
    }
}
