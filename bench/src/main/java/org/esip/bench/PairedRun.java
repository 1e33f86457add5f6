package org.esip.bench;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * esip and the reference handler measured in alternating short windows from one client process, so that both
 * sides of a ratio see the same machine: {@code --slices} windows each, in the order A B B A A B B A … (a drift of
 * the machine's speed during the run falls on both sides alike), each window {@code --settle} unrecorded and then
 * {@code --slice} recorded, after {@code --warmup} of each side's load unrecorded (the client's own JVM compiles its
 * hot path). Each side keeps its own connections and warm client from window to window.
 * <p>
 * On a shared 2-core machine the throughput both sides get moves by up to 40% within minutes (docs/benchmarks/
 * intake.md, runs L–N); two 30-second runs one after the other then measure the machine as much as the software.
 * Prints one {@code RESULT} line per side, labelled {@code esip-<label>} and {@code reference-<label>}, over all of
 * that side's recorded windows, as {@code bench/run-compare.sh} reads them, and one line per window.
 */
public final class PairedRun {
    private PairedRun() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv);
        if (a.flag("help") || a.get("base") == null || a.get("reference") == null) {
            System.out.println("""
                    usage: bench.sh paired --base ESIP_URL --user U --reference REF_URL
                                           [--op create|get] [--mode closed|open] [--connections N] [--rate R]
                                           [--slices 6] [--slice 5s] [--settle 1s] [--warmup 10s]
                                           [--first esip|reference]
                                           [--enterprise-id ID] [--label TEXT] [--timeout 30s]
                      e.g. --base http://127.0.0.1:8181/api/v1 --user admin --reference http://127.0.0.1:8282
                      (esip's password in ESIP_PASSWORD)""");
            return;
        }
        URI esipBase = URI.create(a.get("base").replaceAll("/+$", ""));
        URI referenceBase = URI.create(a.get("reference").replaceAll("/+$", ""));
        String password = a.get("password", System.getenv().getOrDefault("ESIP_PASSWORD", ""));
        String token = a.get("token") != null ? a.get("token") : LoadClient.token(esipBase, a.get("user", "admin"), password);
        long enterprise = a.get("enterprise-id") != null ? Long.parseLong(a.get("enterprise-id"))
                : LoadClient.firstEnterprise(esipBase, token);
        LoadClient.Op op = LoadClient.Op.valueOf(a.get("op", "create").toUpperCase(Locale.ROOT));
        LoadClient.Mode mode = LoadClient.Mode.valueOf(a.get("mode", "closed").toUpperCase(Locale.ROOT));
        int slices = a.integer("slices", 6);
        Duration slice = a.duration("slice", Duration.ofSeconds(5));
        Duration settle = a.duration("settle", Duration.ofSeconds(1));
        String label = a.get("label", op.name().toLowerCase(Locale.ROOT) + (mode == LoadClient.Mode.CLOSED
                ? "-c" + a.integer("connections", 8) : "-r" + a.get("rate", "0")));
        boolean esipFirst = !"reference".equals(a.get("first", "esip"));
        Side esip = new Side("esip-" + label, new LoadClient(config(a, esipBase, token, enterprise, op, mode, slice, settle)));
        Side reference = new Side("reference-" + label,
                new LoadClient(config(a, referenceBase, null, 1L, op, mode, slice, settle)));
        // the client's JVM is as cold as a fresh one at first: each side's load runs unrecorded before the windows
        Duration warmup = a.duration("warmup", Duration.ofSeconds(10));
        for (long left = warmup.toNanos(); left > 0; left -= settle.plus(slice).toNanos()) {
            esip.client.measure(new Recorder());
            reference.client.measure(new Recorder());
        }
        String before = LoadClient.loadAverage();
        alternate(esipFirst ? esip : reference, esipFirst ? reference : esip, slices, slice, System.out);
        String after = LoadClient.loadAverage();
        for (Side side : new Side[] {esip, reference}) {
            Report r = side.report(slices, slice);
            System.out.println(r.human());
            System.out.println(r.machine() + " load_before=" + before + " load_after=" + after);
        }
    }

    private static LoadClient.Config config(Args a, URI base, String token, long enterprise, LoadClient.Op op,
            LoadClient.Mode mode, Duration slice, Duration settle) {
        return new LoadClient.Config(base, op, mode, a.integer("connections", 8), a.decimal("rate", 0), settle, slice,
                token, enterprise, base.toString(), a.duration("timeout", Duration.ofSeconds(30)),
                a.integer("max-in-flight", 4096), a.integer("get-pool", 50), a.get("path"));
    }

    /**
     * {@code 2 × slices} windows, A B B A A B B A …, each side's recorded into its total; one line per window on
     * {@code out}.
     */
    static void alternate(Side a, Side b, int slices, Duration slice, PrintStream out) throws InterruptedException {
        if (slices < 1) {
            throw new IllegalArgumentException("--slices must be at least 1");
        }
        for (int i = 0; i < 2 * slices; i++) {
            Side side = ((i + 1) / 2) % 2 == 0 ? a : b;
            Recorder window = new Recorder();
            side.client.measure(window);
            out.println(window.report(side.label + " window " + (i / 2 + 1), slice.toNanos() / 1e9).human());
            side.total.addAll(window);
        }
    }

    /** One side of the pair: its client (connections, key sequence) and everything its windows recorded. */
    static final class Side {
        final String label;
        final LoadClient client;
        final Recorder total = new Recorder();

        Side(String label, LoadClient client) {
            this.label = label;
            this.client = client;
        }

        /** The figures of all its recorded windows together. */
        Report report(int slices, Duration slice) {
            return total.report(label, slices * slice.toNanos() / 1e9);
        }
    }
}
