/**
 * County specialty lines defined without code (clause 5.3, 5.1.3): the model of a definition file
 * ({@link org.esip.line.specialty.api.SpecialtyDefinition} with its categories, items, form fields and indicators),
 * what the platform made of each file ({@link org.esip.line.specialty.api.DefinitionStatus}) and the service that
 * reports it ({@link org.esip.line.specialty.api.SpecialtyLines}). Records, enums and one interface only.
 */
@Version("1.0.0")
package org.esip.line.specialty.api;

import org.osgi.annotation.versioning.Version;
