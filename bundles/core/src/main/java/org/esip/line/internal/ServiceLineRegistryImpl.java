package org.esip.line.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esip.core.internal.i18n.Messages;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorInfo;
import org.esip.line.api.IndicatorValue;
import org.esip.line.api.RefusedServiceLine;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.ServiceLineInfo;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.line.api.TicketCategory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks every {@link ServiceLine} service (whiteboard): a line is installed exactly while its service is
 * registered and {@link LineAdmission} admits it. What a line declares is read once, when it comes;
 * a refused line is logged once, with every reason, and listed by {@link #refused()}.
 */
@Component(service = ServiceLineRegistry.class)
public class ServiceLineRegistryImpl implements ServiceLineRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLineRegistryImpl.class);
    private static final String SPI_PACKAGE = ServiceLine.class.getPackageName();

    private final Version coreApi;
    /** Bound lines in the order they came, with what was decided about them. */
    private final Map<ServiceLine, Entry> lines = new LinkedHashMap<>();

    private record Entry(ServiceLine line, String bundle, LineAdmission.Decision decision, boolean duplicate) {
        boolean admitted() {
            return decision.admitted() && !duplicate;
        }
    }

    @Activate
    public ServiceLineRegistryImpl(BundleContext context) {
        this(spiVersion(context.getBundle()));
    }

    /** A registry that admits lines built for {@code coreApi} (the bundle's own version; tests name one). */
    public ServiceLineRegistryImpl(Version coreApi) {
        this.coreApi = coreApi;
        LOG.info("esip core API (service-line SPI {}) version {}", SPI_PACKAGE, coreApi);
    }

    /** The version of {@code org.esip.line.api} this bundle is wired to: the platform's core API version. */
    static Version spiVersion(Bundle core) {
        BundleWiring wiring = core.adapt(BundleWiring.class);
        if (wiring != null) {
            for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                Map<String, Object> attributes = wire.getCapability().getAttributes();
                if (SPI_PACKAGE.equals(attributes.get(PackageNamespace.PACKAGE_NAMESPACE))) {
                    Object version = attributes.get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
                    return version instanceof Version v ? v : Version.parseVersion(String.valueOf(version));
                }
            }
        }
        throw new IllegalStateException("the core bundle is not wired to " + SPI_PACKAGE);
    }

    /** The range the line's own bundle imports the SPI with: its range when it declares none. */
    private static String importedRange(ServiceLine line) {
        Bundle bundle = FrameworkUtil.getBundle(line.getClass());
        return bundle == null ? null : LineAdmission.importedSpiRange(bundle.getHeaders("").get(Constants.IMPORT_PACKAGE));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addLine(ServiceLine line, ServiceReference<ServiceLine> reference) {
        Bundle bundle = reference == null ? null : reference.getBundle();
        add(line, bundle == null ? "?" : bundle.getSymbolicName() + " " + bundle.getVersion());
    }

    synchronized void add(ServiceLine line, String bundle) {
        LineAdmission.Decision decision = LineAdmission.decide(line, coreApi, importedRange(line));
        boolean duplicate = decision.admitted() && lines.values().stream()
                .anyMatch(e -> e.admitted() && e.decision().id().equals(decision.id()));
        Entry entry = new Entry(line, bundle, decision, duplicate);
        lines.put(line, entry);
        if (entry.admitted()) {
            ServiceLineInfo info = decision.info();
            LOG.info("Service line {} {} ({}) installed from {}: {} service item(s), {} ticket categor(ies), {} indicator(s)",
                    info.id(), info.version(), info.nameEn(), bundle, info.catalogue().size(),
                    info.ticketCategories().size(), info.indicators().size());
        } else {
            RefusedServiceLine refused = refusal(entry);
            LOG.error("Service line '{}' from {} (core API range {}) refused by this platform (core API {}): {} / "
                    + "服务专线“{}”未被启用：{}", refused.id(), bundle, refused.coreApiRange(), coreApi,
                    String.join("; ", refused.reasonsEn()), refused.id(), String.join("；", refused.reasonsZh()));
        }
    }

    synchronized void removeLine(ServiceLine line) {
        Entry gone = lines.remove(line);
        if (gone != null && gone.admitted()) {
            LOG.info("Service line {} uninstalled; its tickets and data stay", gone.decision().id());
        }
    }

    private RefusedServiceLine refusal(Entry e) {
        LineAdmission.Decision d = e.decision();
        List<String> zh = new ArrayList<>(d.reasonsZh());
        List<String> en = new ArrayList<>(d.reasonsEn());
        if (e.duplicate()) {
            zh.add(Messages.zh("line.duplicate-id", d.id()));
            en.add(Messages.en("line.duplicate-id", d.id()));
        }
        return new RefusedServiceLine(d.id(), d.nameZh(), d.nameEn(), d.version(), e.bundle(), d.range(), zh, en);
    }

    private synchronized List<Entry> admitted() {
        return lines.values().stream().filter(Entry::admitted)
                .sorted(Comparator.comparing(e -> e.decision().id())).toList();
    }

    @Override
    public List<ServiceLineInfo> installed() {
        return admitted().stream().map(e -> e.decision().info()).toList();
    }

    @Override
    public Optional<ServiceLineInfo> find(String id) {
        return installed().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<RefusedServiceLine> refused() {
        return lines.values().stream().filter(e -> !e.admitted()).map(this::refusal)
                .sorted(Comparator.comparing(r -> String.valueOf(r.id()))).toList();
    }

    @Override
    public String coreApiVersion() {
        return coreApi.toString();
    }

    @Override
    public synchronized boolean admits(ServiceLine line) {
        Entry known = lines.get(line);
        if (known != null) {
            return known.admitted();
        }
        // Not bound here yet (the REST bundle may see the service first): the same rule, without logging.
        LineAdmission.Decision decision = LineAdmission.decide(line, coreApi, importedRange(line));
        return decision.admitted() && lines.values().stream()
                .noneMatch(e -> e.admitted() && e.decision().id().equals(decision.id()));
    }

    @Override
    public List<TicketCategory> ticketCategories() {
        return installed().stream().flatMap(l -> l.ticketCategories().stream())
                .sorted(Comparator.comparing(TicketCategory::code)).toList();
    }

    @Override
    public Optional<TicketCategory> ticketCategory(String code) {
        return code == null ? Optional.empty()
                : ticketCategories().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public List<IndicatorValue> measureIndicators() {
        List<IndicatorValue> values = new ArrayList<>();
        for (Entry e : admitted()) {
            ServiceLineInfo info = e.decision().info();
            List<Indicator> indicators = e.decision().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorInfo about = info.indicators().get(i);
                values.add(measure(info.id(), about, indicators.get(i)));
            }
        }
        values.sort(Comparator.comparing(IndicatorValue::lineId).thenComparing(IndicatorValue::code));
        return values;
    }

    private static IndicatorValue measure(String lineId, IndicatorInfo about, Indicator indicator) {
        Instant now = Instant.now();
        try {
            return new IndicatorValue(lineId, about.code(), about.nameZh(), about.nameEn(), about.unit(),
                    indicator.measure(), now, null, null);
        } catch (RuntimeException | LinkageError ex) {
            LOG.warn("Indicator {} of service line {} could not be measured", about.code(), lineId, ex);
            return new IndicatorValue(lineId, about.code(), about.nameZh(), about.nameEn(), about.unit(), null, now,
                    Messages.zh("line.indicator-failed", ex.toString()), Messages.en("line.indicator-failed", ex.toString()));
        }
    }
}
