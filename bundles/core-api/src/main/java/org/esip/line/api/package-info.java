/**
 * The service-line SPI (clause 5.3, capability C4): what a hot-deployed bundle declares to add a
 * service line to the platform. A line is one {@link org.esip.line.api.ServiceLine} service; the core
 * picks it up by the whiteboard pattern, checks its {@link org.esip.line.api.ServiceLine#coreApiRange()}
 * against this package's version (the platform's <em>core API version</em>), and publishes its
 * catalogue, ticket categories, indicators and REST resources while the service is registered.
 * {@link org.esip.line.api.LineDatabase} runs the line's own schema migrations.
 *
 * <p>2.0.0: a line declares its catalogue, ticket categories, indicators and the core API range it works
 * with; {@code ServiceLineInfo} describes all of them; refused lines are reported.
 */
@Version("2.0.0")
package org.esip.line.api;

import org.osgi.annotation.versioning.Version;
