package org.esip.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.Test;
import org.osgi.framework.Bundle;

/** A line's texts: its message bundle with the texts it knows only at run time laid over them (web API 1.2). */
public class LineSiteTest {

    private static Bundle bundleServing(Path root) {
        return (Bundle) Proxy.newProxyInstance(LineSiteTest.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getEntry")) {
                        Path file = root.resolve((String) args[0]);
                        try {
                            return Files.exists(file) ? file.toUri().toURL() : null;
                        } catch (MalformedURLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return null;
                });
    }

    @Test
    public void runTimeTextsAreLaidOverTheBundleInThePagesLanguage() throws IOException {
        Path root = Files.createTempDirectory("line");
        Files.createDirectories(root.resolve("web/i18n"));
        Files.writeString(root.resolve("web/i18n/messages.properties"), "form=表单\ndefined.title=旧\n",
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("web/i18n/messages_en.properties"), "form=Form\n", StandardCharsets.UTF_8);
        LineSite site = new LineSite(bundleServing(root), "web", "i18n/messages",
                language -> Map.of("defined.title", "en".equals(language) ? "Ouhai eyewear" : "瓯海眼镜检测服务专线"));

        assertEquals("{\"defined.title\":\"瓯海眼镜检测服务专线\",\"form\":\"表单\"}", site.messages("zh-CN"));
        assertEquals("{\"defined.title\":\"Ouhai eyewear\",\"form\":\"Form\"}", site.messages("en"));
    }

    @Test
    public void aLineWithoutBundleServesItsRunTimeTextsAndOneWithNeitherNone() throws IOException {
        Path root = Files.createTempDirectory("line");
        assertEquals("{\"t\":\"标题\"}",
                new LineSite(bundleServing(root), "web", "i18n/messages", language -> Map.of("t", "标题")).messages("en"));
        assertNull(new LineSite(bundleServing(root), "web", "i18n/messages").messages("en"));
    }
}
