package org.esip.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.junit.Test;

public class WebPathsTest {

    @Test
    public void aFolderNamesItsIndexPage() {
        assertEquals(Optional.of("index.html"), WebPaths.file("/"));
        assertEquals(Optional.of("portal/index.html"), WebPaths.file("/portal/"));
        assertEquals(Optional.of("web/common/ui.js"), WebPaths.file("/web/common/ui.js"));
    }

    @Test
    public void nothingOutsideTheWebFolderCanBeNamed() {
        for (String bad : new String[] {"/../OSGI-INF/x.xml", "/web/../../etc", "/web/%2e%2e/x", "/web//x", "/web/\\x",
                "relative", "", "/.hidden", "/web/a..b/x"}) {
            assertTrue(bad, WebPaths.file(bad).isEmpty());
        }
    }

    @Test
    public void namesAreSingleSafeSegments() {
        assertTrue(WebPaths.isName("policy"));
        assertTrue(WebPaths.isName("line.policy"));
        assertFalse(WebPaths.isName("../policy"));
        assertFalse(WebPaths.isName("a/b"));
        assertFalse(WebPaths.isName(null));
    }
}
