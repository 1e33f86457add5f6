package org.esip.line.specialty.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.esip.line.api.LineDatabase;
import org.esip.line.api.RefusedServiceLine;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.line.specialty.api.DefinitionStatus;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.TicketService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The folder watcher without OSGi or timing (clause 5.3): {@link SpecialtyRegistry#rescan()} is called directly;
 * the bundle context is a fake that records which lines are registered.
 */
public class SpecialtyRegistryTest {
    private Path folder;
    private SpecialtyRegistry registry;
    /** Registered services by identity: the service objects. */
    private final Map<Object, Object> registered = new ConcurrentHashMap<>();
    private final List<String> registrations = new ArrayList<>();
    private final List<RefusedServiceLine> refused = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(SpecialtyRegistryTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @Before
    public void start() throws Exception {
        folder = Files.createTempDirectory("specialty").resolve("esip-specialty");
        System.setProperty(SpecialtyRegistry.FOLDER_PROPERTY, folder.toString());
        Bundle bundle = fake(Bundle.class, (p, m, a) -> switch (m.getName()) {
            case "getVersion" -> new Version(1, 0, 0);
            case "getSymbolicName" -> "org.esip.line.specialty";
            default -> null;
        });
        BundleContext context = fake(BundleContext.class, (p, m, a) -> {
            switch (m.getName()) {
                case "getBundle":
                    return bundle;
                case "registerService": {
                    Object service = a[1];
                    Object key = new Object();
                    registered.put(key, service);
                    if (service instanceof ServiceLine line) {
                        registrations.add(line.id() + " " + line.nameZh());
                    }
                    return fake(ServiceRegistration.class, (p2, m2, a2) -> {
                        if (m2.getName().equals("unregister")) {
                            registered.remove(key);
                        }
                        return null;
                    });
                }
                default:
                    return null;
            }
        });
        LineDatabase database = fake(LineDatabase.class, (p, m, a) -> null);
        registry = new SpecialtyRegistry(context, new SpecialtyStore(database), fake(TicketService.class, (p, m, a) -> null),
                fake(EnterpriseService.class, (p, m, a) -> null), fake(ConfigurationAdmin.class, (p, m, a) -> null),
                fake(ServiceLineRegistry.class, (p, m, a) -> m.getName().equals("refused") ? List.copyOf(refused) : null));
    }

    @After
    public void stop() {
        registry.deactivate();
        System.clearProperty(SpecialtyRegistry.FOLDER_PROPERTY);
    }

    private List<String> servedLines() {
        return registered.values().stream().filter(s -> s instanceof ServiceLine).map(s -> ((ServiceLine) s).id())
                .sorted().toList();
    }

    private DefinitionStatus status(String id) {
        return registry.status(id).orElseThrow();
    }

    @Test
    public void aDefinitionTheCoreRefusedIsListedAsRefusedWithTheCoresReasons() {
        // e.g. the county named its definition after a line that is installed already (clause 5.1.3)
        refused.add(new RefusedServiceLine("ouhai-eyewear", "瓯海眼镜检测服务专线", "Ouhai eyewear", "1.0.0",
                "org.esip.line.specialty 1.0.0", "[1,2)", List.of("编号已被另一条服务专线使用"),
                List.of("the id is used by another line")));
        DefinitionStatus clash = status("ouhai-eyewear");
        assertFalse(clash.valid());
        assertFalse(clash.served());
        assertEquals("id", clash.errors().get(clash.errors().size() - 1).path());
        assertEquals("the id is used by another line", clash.errors().get(clash.errors().size() - 1).messageEn());
        assertTrue(status("yueqing-electric").valid());
        assertTrue(status("yueqing-electric").served());
    }

    @Test
    public void theDemoDefinitionsAreCopiedIntoAMissingFolderAndServed() {
        assertTrue(Files.exists(folder.resolve("ouhai-eyewear.specialty")));
        assertEquals(List.of("ouhai-eyewear", "yueqing-electric"), servedLines());
        // A line and its pages for each.
        assertEquals(4, registered.size());
        assertTrue(status("ouhai-eyewear").valid());
    }

    @Test
    public void aChangedFileIsReRegisteredABadOneRefusedAndARemovedOneWithdrawn() throws Exception {
        Path file = folder.resolve("ouhai-eyewear.specialty");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        registry.rescan();
        assertEquals(2, registrations.size());  // unchanged files are not registered again

        Files.writeString(file, original.replace("\"瓯海眼镜检测服务专线\"", "\"瓯海眼镜检测服务专线（二期）\""));
        registry.rescan();
        assertEquals("ouhai-eyewear 瓯海眼镜检测服务专线（二期）", registrations.get(registrations.size() - 1));
        assertEquals(List.of("ouhai-eyewear", "yueqing-electric"), servedLines());

        Files.writeString(file, original.replace("\"kind\": \"DEMAND\"", "\"kind\": \"WISH\""));
        registry.rescan();
        DefinitionStatus refused = status("ouhai-eyewear");
        assertFalse(refused.valid());
        assertTrue(refused.served());
        assertEquals("categories[0].kind", refused.errors().get(0).path());
        assertEquals("瓯海眼镜检测服务专线（二期）", registry.served("ouhai-eyewear").orElseThrow().nameZh());
        assertEquals(List.of("ouhai-eyewear", "yueqing-electric"), servedLines());

        Files.delete(file);
        registry.rescan();
        assertEquals(List.of("yueqing-electric"), servedLines());
        assertTrue(registry.status("ouhai-eyewear").isEmpty());
        assertEquals(2, registered.size());

        // A new file that is bad from the start is listed, not served.
        Files.writeString(folder.resolve("rui-an.specialty"), "{\"id\":\"rui-an\"");
        registry.rescan();
        assertFalse(status("rui-an").served());
        assertEquals("$", status("rui-an").errors().get(0).path());
    }
}
