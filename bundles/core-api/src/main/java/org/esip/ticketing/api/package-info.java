/** Enterprises' demands and their service flow (Appendix A). */
@org.osgi.annotation.versioning.Version("3.2.0")
package org.esip.ticketing.api;
