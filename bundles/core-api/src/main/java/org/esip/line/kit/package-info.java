/**
 * The line kit: the core's rules every service line uses instead of copying them (clause 5.3, capability C4).
 * <ul>
 * <li>{@link org.esip.line.kit.LineAccess}: who the caller is and what it may touch (roles; an enterprise user
 * acts only for its own enterprise and sees another's records as not found);</li>
 * <li>{@link org.esip.line.kit.LineTexts}: a line's bilingual texts (Chinese first) and the exceptions that carry
 * them, mapped by the platform to {@code application/problem+json};</li>
 * <li>{@link org.esip.line.kit.RequestParams} and {@link org.esip.line.kit.FieldChecks}: request values parsed and
 * checked into a 400 that names every field;</li>
 * <li>{@link org.esip.line.kit.UnitOfWork}: one resource-local transaction on the line's persistence unit;</li>
 * <li>{@link org.esip.line.kit.TicketKeys}: the rule for a line operation that writes its own record and a
 * ticket of the closed loop (persist first, submit with a key derived from the record, reconcile);</li>
 * <li>{@link org.esip.line.kit.IdentifiedServiceLine}: a line's identity (id, names, version, core API range) given
 * once to its constructor instead of five getters in every line;</li>
 * <li>{@link org.esip.line.kit.TextPattern}: a text's pattern parsed once and formatted from any thread, behind
 * {@code LineTexts} and the core's own texts.</li>
 * </ul>
 *
 * <p>1.0.0: the first version. 1.1.0: {@code LineAccess.readsEverything(Principal)} for public requests that show
 * readers more. 1.2.0:
 * {@code IdentifiedServiceLine}, the base class of a line's {@code ServiceLine} component. 1.3.0: {@code TextPattern}.
 */
@Version("1.3.0")
package org.esip.line.kit;

import org.osgi.annotation.versioning.Version;
