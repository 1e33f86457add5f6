package org.esip.line.sample.internal;

import java.util.List;

import org.esip.line.api.ServiceLine;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * A service line is one DS component that provides {@link ServiceLine}; the core finds it by the
 * whiteboard pattern. Installing this bundle's feature makes the line appear in
 * {@code GET /api/v1/service-lines} and its resources answer under {@code /api/v1/lines/sample/};
 * uninstalling it takes both away and restarts nothing else.
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + SampleServiceLine.ID)
public class SampleServiceLine implements ServiceLine {
    static final String ID = "sample";

    private final String version;

    @Activate
    public SampleServiceLine(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "示例服务专线";
    }

    @Override
    public String nameEn() {
        return "Sample service line";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Object> restResources() {
        return List.of(new CatalogueResource());
    }
}
