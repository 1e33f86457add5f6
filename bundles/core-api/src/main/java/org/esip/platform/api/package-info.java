@Version("1.2.0")
package org.esip.platform.api;

import org.osgi.annotation.versioning.Version;
