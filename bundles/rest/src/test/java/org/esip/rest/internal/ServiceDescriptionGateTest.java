package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** No WADL of the API for anyone (issue 12: "the public WADL that CXF serves today without a token goes away"). */
public class ServiceDescriptionGateTest {
    @Test
    public void recognisesEveryWayOfAskingForWadl() {
        assertTrue(ServiceDescriptionGate.asksForWadl("_wadl"));
        assertTrue(ServiceDescriptionGate.asksForWadl("page=0&_wadl"));
        assertTrue(ServiceDescriptionGate.asksForWadl("_WADL=1"));
        assertTrue(ServiceDescriptionGate.asksForWadl("%5Fwadl"));
        assertFalse(ServiceDescriptionGate.asksForWadl(null));
        assertFalse(ServiceDescriptionGate.asksForWadl("q=_wadl"));
        assertFalse(ServiceDescriptionGate.asksForWadl("page=0&size=20"));
    }

    @Test
    public void theRequestIsAnsweredAsIfItHadNotAsked() {
        assertEquals("page=0&size=20", ServiceDescriptionGate.withoutWadl("page=0&_wadl&size=20"));
        assertEquals("", ServiceDescriptionGate.withoutWadl("_wadl"));
        assertEquals("q=_wadl", ServiceDescriptionGate.withoutWadl("q=_wadl&%5Fwadl=1"));
    }
}
