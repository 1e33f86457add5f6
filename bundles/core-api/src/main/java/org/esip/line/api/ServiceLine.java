package org.esip.line.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A service line (服务专线: policy, training, technical, consulting, volunteer, ...) as an OSGi service.
 * The core picks every registered line up (whiteboard pattern) and never names one: installing the
 * line's bundle makes it appear, uninstalling it makes it disappear.
 *
 * <p>What a line declares is read once, when its service is registered: its {@link #catalogue()},
 * {@link #ticketCategories()}, {@link #indicators()} and {@link #restResources()}. A line whose
 * {@link #coreApiRange()} does not include the platform's core API version, or whose declarations are
 * invalid (see {@link ServiceLineRegistry#refused()}), is refused: it is not published at all, and one
 * log line says why. Console commands are not part of this interface: a line bundle lists its own
 * Karaf {@code @Command} packages in its {@code Karaf-Commands} manifest header.
 *
 * <p>Its own tables are created and migrated by the line itself through {@link LineDatabase}.
 */
@ConsumerType
public interface ServiceLine {

    /** Service property that carries {@link #id()}, so other bundles can filter on it. */
    String LINE_ID_PROPERTY = "esip.line.id";

    /** What a line id looks like: it becomes a URL segment. Lines with another id are refused. */
    String ID_PATTERN = "[a-z][a-z0-9-]{1,31}";

    /** Lower-case id used in URLs: {@code /api/v1/lines/{id}/...}. Letters, digits and '-'. */
    String id();

    /** Display name in Chinese. */
    String nameZh();

    /** Display name in English. */
    String nameEn();

    /** The line's own version, e.g. its bundle version. */
    String version();

    /**
     * The versions of the platform's core API this line works with, as an OSGi version range such as
     * {@code "[2.0,3)"}. The core API version is the version of this package, {@code org.esip.line.api}
     * ({@link ServiceLineRegistry#coreApiVersion()}); a line whose range does not include it is refused.
     *
     * <p>By default ({@code null}) the range is the one the line's bundle imports this package with (its
     * {@code Import-Package}, written by the bundle plugin from the API it was compiled against, e.g.
     * {@code [2.0,3)}), which OSGi already checked when it resolved the bundle. Declare it explicitly to
     * say more narrowly what the line was built and tested with, e.g. {@code "[2.1,3)"} for a line that
     * needs what 2.1 added.
     */
    default String coreApiRange() {
        return null;
    }

    /** The service items this line offers (its catalogue), in display order. */
    default List<ServiceItem> catalogue() {
        return List.of();
    }

    /**
     * The ticket categories this line owns, each with its default deadlines. Every code starts with
     * this line's id and a dot, e.g. {@code policy.application}.
     */
    default List<TicketCategory> ticketCategories() {
        return List.of();
    }

    /** The evaluation indicators this line contributes (clause 7.1, Appendix B). */
    default List<Indicator> indicators() {
        return List.of();
    }

    /**
     * JAX-RS resource objects the line publishes under {@code /api/v1/lines/{id}/}. The platform adds
     * its JSON provider, its authentication (every resource needs a token unless it is marked
     * {@link org.esip.core.api.PublicInformation}) and its problem+json error mapping.
     */
    default List<Object> restResources() {
        return List.of();
    }
}
