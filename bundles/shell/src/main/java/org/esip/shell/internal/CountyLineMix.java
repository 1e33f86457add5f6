package org.esip.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A county's mix of service lines written down in {@code etc/org.esip.lines.cfg} (clause 5.1.3: each
 * platform offers the services its enterprises need). At start and on every edit of that file, the
 * platform installs each listed line that is not installed yet, as {@code feature:install esip-line-<id>}
 * would, without refreshing unrelated bundles. It never uninstalls: a line installed by hand and missing
 * from the file is reported, and removing a line stays an operator's explicit {@code feature:uninstall}.
 */
@Component(immediate = true, configurationPid = CountyLineMix.PID)
@Designate(ocd = CountyLineMix.Config.class)
public final class CountyLineMix {
    static final String PID = "org.esip.lines";
    static final String FEATURE_PREFIX = "esip-line-";
    private static final Logger LOG = LoggerFactory.getLogger(CountyLineMix.class);

    @ObjectClassDefinition(id = PID, name = "esip service lines of this platform",
            description = "本平台安装的服务专线 The service lines this platform runs")
    public @interface Config {
        @AttributeDefinition(description = "专线标识，逗号分隔（如 policy） Line ids, comma-separated (e.g. policy)")
        String lines() default "";
    }

    private final FeaturesService features;
    private final ExecutorService installer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "esip-line-mix");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public CountyLineMix(@Reference FeaturesService features, Config config) {
        this.features = features;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        List<String> wanted = lineIds(config.lines());
        installer.submit(() -> converge(wanted));
    }

    @Deactivate
    void stop() {
        installer.shutdownNow();
    }

    /** The line ids of the setting, in order, without blanks or repeats. */
    static List<String> lineIds(String setting) {
        Set<String> ids = new LinkedHashSet<>();
        if (setting != null) {
            Arrays.stream(setting.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(ids::add);
        }
        return new ArrayList<>(ids);
    }

    private void converge(List<String> wanted) {
        for (String id : wanted) {
            String name = FEATURE_PREFIX + id;
            try {
                Feature[] found = features.getFeatures(name);
                if (found == null || found.length == 0) {
                    LOG.error("服务专线 {} 未知：没有特性 {}（etc/{}.cfg） / Unknown service line {}: no feature {} (etc/{}.cfg)",
                            id, name, PID, id, name, PID);
                    continue;
                }
                if (Arrays.stream(found).anyMatch(features::isInstalled)) {
                    continue;
                }
                LOG.info("安装服务专线 {}（etc/{}.cfg） / Installing service line {} (etc/{}.cfg)", id, PID, id, PID);
                features.installFeature(name, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            } catch (Exception e) {
                LOG.error("服务专线 {} 安装失败 / Service line {} could not be installed", id, id, e);
            }
        }
        try {
            for (Feature f : features.listInstalledFeatures()) {
                String id = f.getName().startsWith(FEATURE_PREFIX) ? f.getName().substring(FEATURE_PREFIX.length()) : null;
                if (id != null && !wanted.contains(id)) {
                    LOG.info("服务专线 {} 已手动安装，未写入 etc/{}.cfg / Service line {} is installed by hand and not listed in etc/{}.cfg",
                            id, PID, id, PID);
                }
            }
        } catch (Exception e) {
            LOG.warn("Could not list the installed features", e);
        }
    }
}
