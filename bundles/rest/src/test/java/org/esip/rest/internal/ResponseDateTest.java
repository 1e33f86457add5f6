package org.esip.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cxf.jaxrs.utils.HttpUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.Test;

/** Every answer's {@code Date} header, as CXF wrote it, made once a second (issue 16). */
public class ResponseDateTest {
    @Test
    public void theTextIsTheOneCxfWrites() {
        ResponseDate date = new ResponseDate();
        for (String at : new String[] {"2026-12-05T08:49:37Z", "2026-01-01T00:00:00Z", "2027-02-28T23:59:59.999Z",
                "1994-11-06T08:49:37Z"}) {
            Instant instant = Instant.parse(at);
            assertEquals(at, HttpUtils.getHttpDateFormat().format(Date.from(instant)), date.text(instant));
        }
        assertEquals("Sat, 05 Dec 2026 08:49:37 GMT", date.text(Instant.parse("2026-12-05T08:49:37.5Z")));
    }

    @Test
    public void oneTextPerSecond() {
        ResponseDate date = new ResponseDate();
        String first = date.text(Instant.parse("2026-12-05T08:49:37.001Z"));
        assertSame(first, date.text(Instant.parse("2026-12-05T08:49:37.998Z")));
        String next = date.text(Instant.parse("2026-12-05T08:49:38Z"));
        assertNotEquals(first, next);
        assertEquals("Sat, 05 Dec 2026 08:49:38 GMT", next);
    }

    @Test
    public void anAnswerThatNamesItsOwnDateKeepsIt() {
        ResponseDate date = new ResponseDate();
        Message answer = new MessageImpl();
        date.handleMessage(answer);
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> headers = (Map<String, List<Object>>) answer.get(Message.PROTOCOL_HEADERS);
        assertEquals(1, headers.get("date").size());
        assertEquals(29, headers.get("Date").get(0).toString().length());

        Message own = new MessageImpl();
        Map<String, List<Object>> set = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        set.put("Date", List.of("Sun, 06 Nov 1994 08:49:37 GMT"));
        own.put(Message.PROTOCOL_HEADERS, set);
        date.handleMessage(own);
        assertEquals(List.of("Sun, 06 Nov 1994 08:49:37 GMT"), set.get("Date"));
    }
}
