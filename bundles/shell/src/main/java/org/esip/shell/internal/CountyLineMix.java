package org.esip.shell.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureEvent;
import org.apache.karaf.features.FeaturesListener;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.RepositoryEvent;
import org.esip.platform.api.LineMixEntry;
import org.esip.platform.api.PlatformLineMix;
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
 * The platform's mix of service lines (clause 5.1.3: each platform offers the services its enterprises need), kept
 * as platform data so that several nodes on one database run the same lines.
 * <ul>
 * <li>Every {@code feature:install} or {@code feature:uninstall} of an {@code esip-line-<id>} feature on this node
 * is recorded in the platform's line mix ({@link PlatformLineMix}).</li>
 * <li>At start this node converges on the record: it installs every recorded line it lacks and uninstalls every
 * line recorded as uninstalled. A line listed in {@code etc/org.esip.lines.cfg} that was never recorded is
 * installed (the file seeds a new platform).</li>
 * <li>While it runs, every {@code syncSeconds} it applies what other nodes changed since it last looked.</li>
 * <li>When an operator edits {@code etc/org.esip.lines.cfg}, every listed line is installed (and so recorded).</li>
 * </ul>
 * Installing never refreshes unrelated bundles.
 */
@Component(service = FeaturesListener.class, immediate = true, configurationPid = CountyLineMix.PID)
@Designate(ocd = CountyLineMix.Config.class)
public final class CountyLineMix implements FeaturesListener {
    static final String PID = "org.esip.lines";
    static final String FEATURE_PREFIX = "esip-line-";
    private static final Logger LOG = LoggerFactory.getLogger(CountyLineMix.class);

    @ObjectClassDefinition(id = PID, name = "esip service lines of this platform",
            description = "本平台安装的服务专线 The service lines this platform runs")
    public @interface Config {
        @AttributeDefinition(description = "专线标识，逗号分隔（如 policy） Line ids, comma-separated (e.g. policy)")
        String lines() default "";

        @AttributeDefinition(description = "多节点时每隔多少秒同步其他节点的专线变更（0 不同步） "
                + "Seconds between looks at other nodes' line changes (0: never)")
        int syncSeconds() default 30;
    }

    /** What this node does to converge: the line ids to install and to uninstall, each in id order. */
    record Plan(List<String> install, List<String> uninstall) {
        boolean isEmpty() {
            return install.isEmpty() && uninstall.isEmpty();
        }
    }

    private final FeaturesService features;
    private final PlatformLineMix mix;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "esip-line-mix");
        t.setDaemon(true);
        return t;
    });
    /** The record as this node last applied it; touched only on the worker thread. */
    private final Map<String, LineMixEntry> seen = new HashMap<>();
    private ScheduledFuture<?> sync;
    private int syncSeconds = -1;

    @Activate
    public CountyLineMix(@Reference FeaturesService features, @Reference PlatformLineMix mix, Config config) {
        this.features = features;
        this.mix = mix;
        List<String> listed = lineIds(config.lines());
        worker.submit(() -> converge(listed, true));
        schedule(config.syncSeconds());
    }

    @Modified
    void modified(Config config) {
        List<String> listed = lineIds(config.lines());
        worker.submit(() -> apply(new Plan(missing(listed), List.of()), "etc/" + PID + ".cfg"));
        schedule(config.syncSeconds());
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    private synchronized void schedule(int seconds) {
        if (seconds == syncSeconds) {
            return;
        }
        syncSeconds = seconds;
        if (sync != null) {
            sync.cancel(false);
            sync = null;
        }
        if (seconds > 0) {
            sync = worker.scheduleWithFixedDelay(() -> converge(List.of(), false), seconds, seconds, TimeUnit.SECONDS);
        }
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

    /**
     * What a node does to run the platform's line mix.
     *
     * @param listed    the lines of {@code etc/org.esip.lines.cfg}
     * @param here      the lines installed on this node
     * @param recorded  the platform's record
     * @param seen      the record as this node last applied it (empty at start)
     * @param me        this node's id
     * @param atStart   at start every recorded line counts; later only what another node changed since {@code seen}
     */
    static Plan plan(List<String> listed, Set<String> here, List<LineMixEntry> recorded, Map<String, LineMixEntry> seen,
            String me, boolean atStart) {
        Set<String> install = new TreeSet<>();
        Set<String> uninstall = new TreeSet<>();
        Set<String> known = new TreeSet<>();
        for (LineMixEntry e : recorded) {
            known.add(e.lineId());
            boolean news = atStart || !e.changedBy().equals(me) && !e.equals(seen.get(e.lineId()));
            if (!news) {
                continue;
            }
            if (e.installed() && !here.contains(e.lineId())) {
                install.add(e.lineId());
            } else if (!e.installed() && here.contains(e.lineId())) {
                uninstall.add(e.lineId());
            }
        }
        if (atStart) {
            for (String id : listed) {
                if (!known.contains(id) && !here.contains(id)) {
                    install.add(id);
                }
            }
        }
        return new Plan(List.copyOf(install), List.copyOf(uninstall));
    }

    private void converge(List<String> listed, boolean atStart) {
        try {
            List<LineMixEntry> recorded = mix.entries();
            Plan plan = plan(listed, installedHere(), recorded, seen, mix.nodeId(), atStart);
            apply(plan, atStart ? "start" : "another node");
            seen.clear();
            recorded.forEach(e -> seen.put(e.lineId(), e));
            if (atStart) {
                reportUnlisted(listed);
            }
        } catch (Exception e) {
            LOG.warn("服务专线同步失败，稍后重试 / Could not converge on the platform's service lines; trying again later", e);
        }
    }

    private List<String> missing(List<String> listed) {
        Set<String> here = installedHere();
        return listed.stream().filter(id -> !here.contains(id)).toList();
    }

    private void apply(Plan plan, String why) {
        for (String id : plan.install()) {
            String name = FEATURE_PREFIX + id;
            try {
                Feature[] found = features.getFeatures(name);
                if (found == null || found.length == 0) {
                    LOG.error("服务专线 {} 未知：没有特性 {} / Unknown service line {}: no feature {}", id, name, id, name);
                    continue;
                }
                LOG.info("安装服务专线 {}（{}） / Installing service line {} ({})", id, why, id, why);
                features.installFeature(name, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            } catch (Exception e) {
                LOG.error("服务专线 {} 安装失败 / Service line {} could not be installed", id, id, e);
            }
        }
        for (String id : plan.uninstall()) {
            try {
                LOG.info("卸载服务专线 {}（{}） / Uninstalling service line {} ({})", id, why, id, why);
                features.uninstallFeature(FEATURE_PREFIX + id, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            } catch (Exception e) {
                LOG.error("服务专线 {} 卸载失败 / Service line {} could not be uninstalled", id, id, e);
            }
        }
    }

    private Set<String> installedHere() {
        Set<String> ids = new TreeSet<>();
        try {
            for (Feature f : features.listInstalledFeatures()) {
                if (f.getName().startsWith(FEATURE_PREFIX)) {
                    ids.add(f.getName().substring(FEATURE_PREFIX.length()));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not list the installed features", e);
        }
        return ids;
    }

    private void reportUnlisted(List<String> listed) {
        for (String id : installedHere()) {
            if (!listed.contains(id)) {
                LOG.info("服务专线 {} 已安装（平台记录），未写入 etc/{}.cfg / Service line {} is installed (platform record) and not listed in etc/{}.cfg",
                        id, PID, id, PID);
            }
        }
    }

    /** Records this node's installs and uninstalls of lines in the platform's line mix. */
    @Override
    public void featureEvent(FeatureEvent event) {
        String name = event.getFeature().getName();
        if (event.isReplay() || !name.startsWith(FEATURE_PREFIX)) {
            return;
        }
        String id = name.substring(FEATURE_PREFIX.length());
        boolean installed = event.getType() == FeatureEvent.EventType.FeatureInstalled;
        try {
            if (mix.record(id, installed)) {
                LOG.info("平台专线记录：{} {} / Platform line mix: {} {}", id, installed ? "已安装" : "已卸载", id,
                        installed ? "installed" : "uninstalled");
            }
        } catch (RuntimeException e) {
            LOG.error("未能记录专线 {} 的变更 / Could not record the change of line {}", id, id, e);
        }
    }

    @Override
    public void repositoryEvent(RepositoryEvent event) {
        // repositories are not lines
    }
}
