package org.esip.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.esip.backup.api.BackupService;
import org.esip.core.internal.content.ContentStore;
import org.esip.core.internal.i18n.Messages;
import org.esip.core.internal.persistence.Database;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.platform.api.DiskSpace;
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
    public static final String DEGRADED = "DEGRADED";

    private final Database database;
    private final ServiceLineRegistry lines;
    private final String version;
    private final ContentStore content;
    private final BackupService backups;
    private volatile PlatformIdentity identity;
    private volatile long minFreeDiskMb;

    @Activate
    public PlatformServiceImpl(@Reference Database database, @Reference ServiceLineRegistry lines,
            @Reference ContentStore content, @Reference BackupService backups, BundleContext context,
            PlatformConfig config) {
        this.database = database;
        this.lines = lines;
        this.content = content;
        this.backups = backups;
        this.version = context.getBundle().getVersion().toString();
        modified(config);
    }

    @Modified
    void modified(PlatformConfig config) {
        identity = identityOf(config);
        minFreeDiskMb = Math.max(0, config.minFreeDiskMb());
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
        List<DiskSpace> disks = new ArrayList<>();
        disks.add(space("content", content.root()));
        if (backups.directory() != null) {
            disks.add(space("backups", backups.directory()));
        }
        String status = !database.isReachable() ? DOWN : disks.stream().anyMatch(DiskSpace::low) ? DEGRADED : UP;
        return new PlatformStatus(status, version, identity, database.productName(), database.productVersion(),
                lines.installed(), disks);
    }

    /** The free room on the disk that holds {@code folder} (or, before it exists, its nearest existing parent). */
    private DiskSpace space(String name, Path folder) {
        long minimum = minFreeDiskMb;
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        long freeMb;
        try {
            freeMb = existing == null ? 0 : Files.getFileStore(existing).getUsableSpace() / (1024 * 1024);
        } catch (IOException e) {
            freeMb = 0;
        }
        return new DiskSpace(name, folder.toString(), freeMb, minimum, freeMb < minimum);
    }
}
