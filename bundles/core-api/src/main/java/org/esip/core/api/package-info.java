@org.osgi.annotation.versioning.Version("1.3.0")
package org.esip.core.api;
