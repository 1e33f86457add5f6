package org.esip.backup.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.esip.backup.cfg}: where backups go (clause 6.4.4). */
@ObjectClassDefinition(id = BackupConfig.PID, name = "esip backup (数据备份)",
        description = "Backups of the database and the content store, each in a dated folder esip-backup-yyyyMMdd-HHmmss.")
public @interface BackupConfig {
    String PID = "org.esip.backup";

    @AttributeDefinition(name = "Backup directory (备份目录)", description = "Folder that receives the dated backup "
            + "folders; ${karaf.data} and other system properties are replaced, a relative path is relative to "
            + "Karaf's base folder. Put it on another disk than the database, and copy it off the machine.")
    String directory() default "${karaf.data}/esip/backups";
}
