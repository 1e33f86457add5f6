/**
 * Accounts, passwords and tokens (clauses 4.4.2, 6.1 b): who may sign in and in which role.
 */
@Version("1.2.0")
package org.esip.identity.api;

import org.osgi.annotation.versioning.Version;
