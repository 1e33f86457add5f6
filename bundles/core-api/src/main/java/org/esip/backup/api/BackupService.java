package org.esip.backup.api;

import java.nio.file.Path;
import java.util.List;

import org.esip.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Takes and restores backups (clause 6.4.4). Every method is for administrators only; anyone else gets
 * {@link org.esip.core.api.ForbiddenException}.
 */
@ProviderType
public interface BackupService {

    /**
     * Takes an online, consistent backup: every table of the platform's database read in one snapshot,
     * then the content store, into a new dated folder of the backup directory. The folder appears under
     * its final name only when it is complete.
     */
    Backup backup(Actor actor);

    /** {@link #backup(Actor)}, telling {@code listener} each table's rows and bytes as they are written. */
    Backup backup(Actor actor, BackupProgress.Listener listener);

    /** The complete backups in the backup directory, newest first. */
    List<Backup> list(Actor actor);

    /**
     * Restores a backup into this platform: checks every file against the manifest, refuses another schema
     * version or another data key, then replaces every row of the database in one transaction and copies the
     * content files back.
     *
     * @param folder          the backup's folder; a relative path is looked up in the backup directory
     * @param replaceExisting whether the database may already hold enterprises or tickets, which are then
     *                        replaced; without it such a database is refused
     * @throws org.esip.core.api.ValidationException when the folder is not a complete, intact backup
     * @throws org.esip.core.api.ConflictException   when the schema version or the data key differ, or the
     *                                               database holds records and {@code replaceExisting} is false
     */
    RestoreReport restore(Actor actor, Path folder, boolean replaceExisting);

    /** @return the folder that receives the backups (it may not exist yet), for the health check's disk space */
    default Path directory() {
        return null;
    }
}
