package org.esip.line.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.esip.line.api.ServiceLine;
import org.esip.line.api.ServiceLineInfo;
import org.esip.line.api.ServiceLineRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks every {@link ServiceLine} service (whiteboard): a line is installed exactly while its
 * service is registered.
 */
@Component(service = ServiceLineRegistry.class)
public class ServiceLineRegistryImpl implements ServiceLineRegistry {
    private static final Pattern LINE_ID = Pattern.compile(ServiceLine.ID_PATTERN);
    public static final String LINES_PATH = "/api/v1/lines/";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLineRegistryImpl.class);

    @Reference(policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceLine> lines;

    @Override
    public List<ServiceLineInfo> installed() {
        return lines.stream()
                .filter(ServiceLineRegistryImpl::acceptable)
                .map(l -> new ServiceLineInfo(l.id(), l.nameZh(), l.nameEn(), l.version(), LINES_PATH + l.id() + "/"))
                .sorted(Comparator.comparing(ServiceLineInfo::id))
                .toList();
    }

    @Override
    public Optional<ServiceLineInfo> find(String id) {
        return installed().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    static boolean acceptable(ServiceLine line) {
        if (line.id() == null || !LINE_ID.matcher(line.id()).matches()) {
            LOG.warn("Ignoring service line {} with invalid id '{}': ids match {}", line.getClass().getName(),
                    line.id(), LINE_ID.pattern());
            return false;
        }
        return true;
    }
}
