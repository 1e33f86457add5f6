package org.esip.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.junit.Test;

public class MessageCatalogueTest {

    @Test
    public void chineseIsTheDefaultAndEnglishFallsBackToItKeyByKey() throws IOException {
        Path dir = Files.createTempDirectory("i18n");
        Files.writeString(dir.resolve("portal.properties"), "a=提交\nb=诉求\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("portal_en.properties"), "a=Submit\n", StandardCharsets.UTF_8);
        Function<String, URL> find = name -> {
            Path p = dir.resolve(name);
            try {
                return Files.exists(p) ? p.toUri().toURL() : null;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
        assertEquals("{\"a\":\"提交\",\"b\":\"诉求\"}", MessageCatalogue.json(find, "portal", MessageCatalogue.ZH));
        assertEquals("{\"a\":\"Submit\",\"b\":\"诉求\"}", MessageCatalogue.json(find, "portal", MessageCatalogue.EN));
        assertNull(MessageCatalogue.json(find, "missing", MessageCatalogue.ZH));
    }

    @Test
    public void theLanguageIsEnglishOnlyWhenAskedFor() {
        assertEquals("en", MessageCatalogue.language("en"));
        assertEquals("en", MessageCatalogue.language("en-GB"));
        assertEquals("zh-CN", MessageCatalogue.language("zh-CN"));
        assertEquals("zh-CN", MessageCatalogue.language(null));
        assertEquals("zh-CN", MessageCatalogue.language("fr"));
    }

    @Test
    public void messagesCannotBreakOutOfTheirJsonString() {
        assertEquals("{\"k\":\"\\\"\\u003c/script\\u003e\\n\\\\\"}",
                MessageCatalogue.toJson(Map.of("k", "\"</script>\n\\")));
    }
}
