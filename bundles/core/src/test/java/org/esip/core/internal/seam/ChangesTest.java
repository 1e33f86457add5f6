package org.esip.core.internal.seam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The audit log records what changed, and never personal data in clear (clause 4.4.2). */
public class ChangesTest {

    @Test
    public void keepsOnlyFieldsThatChanged() {
        Changes c = new Changes().field("name", "温州甲公司", "温州乙公司").field("regionCode", "330302", "330302")
                .field("tags", Set.of("b", "a"), List.of("a", "b")).field("employees", 10, 12);
        assertEquals("{\"name\":[\"温州甲公司\",\"温州乙公司\"],\"employees\":[10,12]}", c.toJson());
    }

    @Test
    public void personalDataIsMasked() {
        String json = new Changes().secret("contactPhone", "13900000000", "13911111111").toJson();
        assertEquals("{\"contactPhone\":[\"***\",\"***\"]}", json);
        assertTrue(new Changes().secret("contactPhone", "1", "1").isEmpty());
    }

    @Test
    public void escapesJson() {
        assertEquals("{\"remark\":[null,\"a\\\"b\\\\c\\n\"]}", new Changes().field("remark", "", "a\"b\\c\n").toJson());
    }
}
