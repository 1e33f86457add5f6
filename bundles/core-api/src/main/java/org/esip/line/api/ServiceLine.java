package org.esip.line.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A service line (服务专线: policy, training, technical, consulting, volunteer, ...) as an OSGi service.
 * The core picks every registered line up (whiteboard pattern) and never names one: installing the
 * line's bundle makes it appear, uninstalling it makes it disappear.
 */
@ConsumerType
public interface ServiceLine {

    /** Service property that carries {@link #id()}, so other bundles can filter on it. */
    String LINE_ID_PROPERTY = "esip.line.id";

    /** What a line id looks like: it becomes a URL segment. Lines with another id are ignored. */
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
     * JAX-RS resource objects the line publishes under {@code /api/v1/lines/{id}/}. The platform adds
     * its JSON provider and error mapping.
     */
    default List<Object> restResources() {
        return List.of();
    }
}
