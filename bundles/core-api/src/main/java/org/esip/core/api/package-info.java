@Version("1.5.0")
package org.esip.core.api;

import org.osgi.annotation.versioning.Version;
