package org.esip.line.specialty.internal;

import java.util.List;

import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceLine;
import org.esip.line.kit.IdentifiedServiceLine;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The line {@code specialty} itself (县域特色服务专线): no catalogue of its own, but the definitions' status and
 * upload under {@code /api/v1/lines/specialty/definitions} and an indicator of how many definitions are served.
 * Each valid definition is a line of its own ({@link DefinedLine}).
 */
@Component(service = ServiceLine.class, property = ServiceLine.LINE_ID_PROPERTY + "=" + SpecialtyManagementLine.ID)
public class SpecialtyManagementLine extends IdentifiedServiceLine {
    static final String ID = "specialty";
    static final String CORE_API_RANGE = "[2.0,3)";

    private final SpecialtyRegistry registry;

    @Activate
    public SpecialtyManagementLine(BundleContext context, @Reference SpecialtyRegistry registry) {
        super(ID, "县域特色服务专线", "County specialty lines", context.getBundle().getVersion().toString(), CORE_API_RANGE);
        this.registry = registry;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(Indicator.of(ID + ".served-definitions", "在用特色专线定义数", "Specialty definitions served",
                IndicatorUnit.COUNT, () -> registry.statuses().stream().filter(s -> s.served()).count()));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new DefinitionsResource(registry));
    }
}
