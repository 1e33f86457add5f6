package org.esip.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded cache of values that are costly to compute and may be somewhat old, each shown with the time it was
 * computed (issue 16: the dashboard at a million tickets). The first reader of a key computes it and the readers
 * asking meanwhile wait for that one computation. Only a value {@code worthKeeping} is kept (a large one): the others
 * are computed again for the next reader, so a small installation always shows the figures of the moment.
 * Once a kept value is older than {@code fresh}, the next reader gets it at once and one refresh starts on
 * {@code refresher}. The least recently read keys are dropped beyond {@code entries}. Each node keeps its own: nothing is shared, so with several nodes a value is at most
 * {@code fresh} plus one computation old on every node, and says how old.
 */
final class StaleWhileRefresh<K, V> {
    /** A value and when its computation started. */
    record Timed<V>(V value, Instant asOf) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StaleWhileRefresh.class);

    private final Predicate<V> worthKeeping;
    private final Duration fresh;
    private final Executor refresher;
    private final Clock clock;
    private final Map<K, Slot<V>> slots;

    private static final class Slot<V> {
        volatile CompletableFuture<Timed<V>> current;
        volatile boolean refreshing;
    }

    StaleWhileRefresh(Predicate<V> worthKeeping, Duration fresh, int entries, Executor refresher, Clock clock) {
        this.worthKeeping = worthKeeping;
        this.fresh = fresh;
        this.refresher = refresher;
        this.clock = clock;
        this.slots = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Slot<V>> eldest) {
                return size() > entries;
            }
        };
    }

    /** The value of {@code key}, computed by {@code compute} (given the time it starts) when there is none yet. */
    Timed<V> get(K key, Function<Instant, V> compute) {
        Slot<V> slot;
        CompletableFuture<Timed<V>> mine = null;
        synchronized (slots) {
            slot = slots.get(key);
            if (slot == null) {
                slot = new Slot<>();
                slot.current = mine = new CompletableFuture<>();
                slots.put(key, slot);
            }
        }
        if (mine != null) {
            try {
                Timed<V> value = computed(compute);
                mine.complete(value);
                if (!worthKeeping.test(value.value())) {
                    // the readers waiting for it have it; the next computes again
                    synchronized (slots) {
                        slots.remove(key, slot);
                    }
                }
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                synchronized (slots) {
                    slots.remove(key, slot);
                }
                throw e;
            }
        }
        Timed<V> value;
        try {
            value = slot.current.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (value.asOf().plus(fresh).isBefore(clock.instant())) {
            refresh(slot, compute);
        }
        return value;
    }

    private void refresh(Slot<V> slot, Function<Instant, V> compute) {
        synchronized (slot) {
            if (slot.refreshing) {
                return;
            }
            slot.refreshing = true;
        }
        try {
            refresher.execute(() -> {
                try {
                    slot.current = CompletableFuture.completedFuture(computed(compute));
                } catch (RuntimeException e) {
                    // the old value stays, and the next reader tries again
                    LOG.warn("a refresh failed, the value of {} stays: {}", slot.current.join().asOf(), e.toString());
                } finally {
                    slot.refreshing = false;
                }
            });
        } catch (RuntimeException e) {
            // the refresher is stopping: the old value stays
            slot.refreshing = false;
        }
    }

    private Timed<V> computed(Function<Instant, V> compute) {
        Instant asOf = clock.instant();
        return new Timed<>(compute.apply(asOf), asOf);
    }
}
