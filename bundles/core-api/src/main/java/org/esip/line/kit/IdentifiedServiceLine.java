package org.esip.line.kit;

import org.esip.line.api.ServiceLine;

/**
 * A {@link ServiceLine} that carries its identity: the id, the two names, the line's version and, if it declares
 * one, its core API range are given to the constructor once, and {@link #id()}, {@link #nameZh()},
 * {@link #nameEn()}, {@link #version()} and {@link #coreApiRange()} answer them. A line extends it and implements
 * only what it offers ({@link #catalogue()}, {@link #ticketCategories()}, {@link #indicators()},
 * {@link #restResources()}):
 *
 * <pre>
 * &#64;Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + MyLine.ID)
 * public class MyLine extends IdentifiedServiceLine {
 *     static final String ID = "my-line";
 *
 *     &#64;Activate
 *     public MyLine(BundleContext context, &#64;Reference MyCatalogue catalogue) {
 *         super(ID, "我的服务专线", "My service line", context.getBundle().getVersion().toString(), "[2.0,3)");
 *         ...
 *     }
 * }
 * </pre>
 *
 * <p>The platform reads a line's identity once, when its service is registered, so these methods are final and
 * answer what the constructor got. The values are not checked here: the platform's admission checks them (an id
 * of {@link ServiceLine#ID_PATTERN}, names not blank, a range that includes its core API version) and refuses the
 * line with the reasons in its log, as for any {@link ServiceLine}. A line whose identity is computed on each call
 * implements {@link ServiceLine} itself.
 *
 * @since 1.2.0
 */
public abstract class IdentifiedServiceLine implements ServiceLine {
    private final String id;
    private final String nameZh;
    private final String nameEn;
    private final String version;
    private final String coreApiRange;

    /**
     * A line that declares no core API range: its range is the one its bundle imports {@code org.esip.line.api}
     * with (see {@link ServiceLine#coreApiRange()}).
     *
     * @param version the line's own version, usually its bundle's:
     *                {@code context.getBundle().getVersion().toString()}
     */
    protected IdentifiedServiceLine(String id, String nameZh, String nameEn, String version) {
        this(id, nameZh, nameEn, version, null);
    }

    /**
     * A line that says which core API versions it was built and tested with.
     *
     * @param version      the line's own version, usually its bundle's:
     *                     {@code context.getBundle().getVersion().toString()}
     * @param coreApiRange an OSGi version range such as {@code "[2.0,3)"}, or {@code null} for its bundle's import
     *                     range
     */
    protected IdentifiedServiceLine(String id, String nameZh, String nameEn, String version, String coreApiRange) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.version = version;
        this.coreApiRange = coreApiRange;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String nameZh() {
        return nameZh;
    }

    @Override
    public final String nameEn() {
        return nameEn;
    }

    @Override
    public final String version() {
        return version;
    }

    /** The range given to the constructor; {@code null} (the bundle's import range) when none was. */
    @Override
    public final String coreApiRange() {
        return coreApiRange;
    }
}
