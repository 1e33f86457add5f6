/** Enterprises' demands and their service flow (Appendix A). */
@Version("3.2.0")
package org.esip.ticketing.api;

import org.osgi.annotation.versioning.Version;
