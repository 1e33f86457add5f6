@Version("1.6.0")
package org.esip.core.api;

import org.osgi.annotation.versioning.Version;
