package org.esip.archive.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

/** The archive's hash chain (clause 6.4.1): any change to a stored entry is found, and where. */
public class HashChainTest {

    private static List<HashChain.Link> chain(String... contents) {
        List<HashChain.Link> links = new ArrayList<>();
        String previous = HashChain.GENESIS;
        long id = 1;
        for (String c : contents) {
            String contentHash = HashChain.contentHash(c);
            String entry = HashChain.entryHash(previous, contentHash);
            links.add(new HashChain.Link(id, 100 + id, c, false, contentHash, previous, entry));
            previous = entry;
            id++;
        }
        return links;
    }

    private static List<String> findings(List<HashChain.Link> links) {
        List<String> found = new ArrayList<>();
        HashChain.check(links, HashChain.GENESIS, (e, key) -> found.add(e.id() + " " + key));
        return found;
    }

    @Test
    public void anUntouchedChainVerifiesAndEndsAtItsLastEntry_6_4_1() {
        List<HashChain.Link> links = chain("{\"ticket\":1}", "回访：企业满意", "{\"ticket\":2}");
        assertEquals(List.of(), findings(links));
        assertEquals(links.get(2).entryHash(), HashChain.check(links, HashChain.GENESIS, (e, k) -> { }));
        assertEquals(64, links.get(0).contentHash().length());
        assertNotEquals(HashChain.entryHash(HashChain.GENESIS, "a"), HashChain.entryHash("b", "a"));
    }

    @Test
    public void aChangedContentIsFoundAtItsEntry_6_4_1() {
        List<HashChain.Link> links = new ArrayList<>(chain("{\"fee\":\"0\"}", "{\"fee\":\"100\"}", "x"));
        HashChain.Link b = links.get(1);
        links.set(1, new HashChain.Link(b.id(), b.ticketId(), "{\"fee\":\"10\"}", false, b.contentHash(),
                b.previousHash(), b.entryHash()));
        assertEquals(List.of("2 archive.verify.content"), findings(links));
    }

    @Test
    public void aRecomputedHashStillBreaksTheNextLink_6_4_1() {
        // Someone changes an entry and recomputes its own hashes: the next entry no longer points to it.
        List<HashChain.Link> links = new ArrayList<>(chain("a", "b", "c"));
        HashChain.Link b = links.get(1);
        String forgedContent = HashChain.contentHash("B");
        links.set(1, new HashChain.Link(b.id(), b.ticketId(), "B", false, forgedContent, b.previousHash(),
                HashChain.entryHash(b.previousHash(), forgedContent)));
        assertEquals(List.of("3 archive.verify.link"), findings(links));
    }

    @Test
    public void aRemovedOrReorderedEntryBreaksTheChain_6_4_1() {
        List<HashChain.Link> links = new ArrayList<>(chain("a", "b", "c"));
        links.remove(1);
        assertEquals(List.of("3 archive.verify.link"), findings(links));
        List<HashChain.Link> swapped = new ArrayList<>(chain("a", "b"));
        Collections.swap(swapped, 0, 1);
        assertTrue(findings(swapped).contains("2 archive.verify.link"));
    }

    @Test
    public void aPurgedEntryKeepsItsPlaceInTheChain_6_4_4() {
        List<HashChain.Link> links = new ArrayList<>(chain("a", "b"));
        HashChain.Link a = links.get(0);
        links.set(0, new HashChain.Link(a.id(), a.ticketId(), null, true, a.contentHash(), a.previousHash(), a.entryHash()));
        assertEquals(List.of(), findings(links));
        // Without the purge mark a missing content is a finding.
        links.set(0, new HashChain.Link(a.id(), a.ticketId(), null, false, a.contentHash(), a.previousHash(), a.entryHash()));
        assertEquals(List.of("1 archive.verify.content"), findings(links));
    }

    @Test
    public void retentionCannotGoBelowTwoYears_6_4_4() {
        assertEquals(2, new ArchiveLedger(1, Clock.systemUTC()).retentionYears());
        assertEquals(5, new ArchiveLedger(5, Clock.systemUTC()).retentionYears());
    }
}
