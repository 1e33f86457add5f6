/**
 * Backup and restore (clause 6.4.4): an online, consistent copy of the database and the content store in
 * a dated folder, and the restore that brings every record and file back.
 */
@Version("1.1.0")
package org.esip.backup.api;

import org.osgi.annotation.versioning.Version;
