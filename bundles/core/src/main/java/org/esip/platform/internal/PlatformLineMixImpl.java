package org.esip.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.esip.core.internal.persistence.Jpa;
import org.esip.platform.api.LineMixEntry;
import org.esip.platform.api.PlatformLineMix;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's line mix in table {@code LINE_MIX} (migration V21). This node's id is made once per installation
 * and kept in {@code ${karaf.data}/esip/node-id}: the host name and a random part, so two installations on one host
 * differ too.
 */
@Component(service = PlatformLineMix.class)
public class PlatformLineMixImpl implements PlatformLineMix {
    private final Jpa jpa;
    private final String nodeId;

    @Activate
    public PlatformLineMixImpl(@Reference Jpa jpa) {
        this(jpa, nodeIdIn(Paths.get(System.getProperty("karaf.data", "data"), "esip", "node-id")));
    }

    PlatformLineMixImpl(Jpa jpa, String nodeId) {
        this.jpa = jpa;
        this.nodeId = nodeId;
    }

    /** The id kept in {@code file}, made and written there the first time. */
    static String nodeIdIn(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "node";
            }
            String id = (host.length() > 80 ? host.substring(0, 80) : host) + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            Files.createDirectories(file.getParent());
            Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep this node's id in " + file, e);
        }
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public List<LineMixEntry> entries() {
        return jpa.read(em -> {
            List<LineMixEntry> entries = new ArrayList<>();
            for (Object row : em.createNativeQuery(
                    "SELECT LINE_ID, INSTALLED, CHANGED_AT, CHANGED_BY FROM LINE_MIX ORDER BY LINE_ID").getResultList()) {
                Object[] r = (Object[]) row;
                entries.add(new LineMixEntry((String) r[0], ((Number) r[1]).intValue() == 1,
                        ((Timestamp) r[2]).toInstant(), (String) r[3]));
            }
            return entries;
        });
    }

    @Override
    public boolean record(String lineId, boolean installed) {
        int flag = installed ? 1 : 0;
        Timestamp now = Timestamp.from(Instant.now());
        return jpa.inTransaction(em -> {
            List<?> found = em.createNativeQuery("SELECT INSTALLED FROM LINE_MIX WHERE LINE_ID = ?1")
                    .setParameter(1, lineId).getResultList();
            if (found.isEmpty()) {
                em.createNativeQuery("INSERT INTO LINE_MIX (LINE_ID, INSTALLED, CHANGED_AT, CHANGED_BY) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, lineId).setParameter(2, flag).setParameter(3, now).setParameter(4, nodeId)
                        .executeUpdate();
                return true;
            }
            if (((Number) found.get(0)).intValue() == flag) {
                return false;
            }
            em.createNativeQuery("UPDATE LINE_MIX SET INSTALLED = ?1, CHANGED_AT = ?2, CHANGED_BY = ?3 WHERE LINE_ID = ?4")
                    .setParameter(1, flag).setParameter(2, now).setParameter(3, nodeId).setParameter(4, lineId)
                    .executeUpdate();
            return true;
        }, Jpa.Retry.TRANSIENT_AND_DUPLICATE);
    }
}
