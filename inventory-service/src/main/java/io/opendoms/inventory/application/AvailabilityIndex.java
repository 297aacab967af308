package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.AvailableStock;
import io.opendoms.inventory.domain.SkuStock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What availability answers from, per SKU, in memory (ADR 0013): the rows of the SKU with something available at
 * active locations, read from the database when missing or stale. Advisory only: reservations and holds never read
 * it, they stay conditional updates in the database.
 *
 * <p>An entry is stale when a change of its SKU (or any location) committed by this instance since it was read
 * — {@link #stockChanged} and {@link #locationsChanged} are called where every such change is published, and take
 * effect when its transaction commits — or when it is older than {@code maxAge}, which bounds how long a change
 * committed by another instance goes unseen.
 *
 * <p>Why stamps rather than removing entries: a reader that started its query before a commit could otherwise put
 * back what it read after the commit removed the entry. Each SKU's stripe counts the changes of the SKUs that hash
 * to it; a reader notes the stripe before it queries, and an entry whose stripe moved on since is stale. A change of
 * another SKU in the same stripe costs a needless reload, never a stale answer.
 */
public class AvailabilityIndex {

    private static final int STRIPES = 4096;
    /** SKUs read again per statement by {@link #refreshAsked}. */
    private static final int REFRESH_CHUNK = 100;

    private final AvailableStockPort stock;
    private final Clock clock;
    private final long maxAgeMillis;
    private final int maxSkus;
    private final AtomicLongArray stripes = new AtomicLongArray(STRIPES);
    private final AtomicLong locations = new AtomicLong();
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public AvailabilityIndex(AvailableStockPort stock, Clock clock, Duration maxAge, int maxSkus) {
        if (maxAge.isNegative() || maxSkus <= 0) {
            throw new IllegalArgumentException("availability index: max age must not be negative, max SKUs positive");
        }
        this.stock = stock;
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
        this.maxSkus = maxSkus;
    }

    /** The stock of each SKU, in the given order; the missing and stale ones read in one query. */
    public List<SkuStock> get(List<String> skus) {
        long now = clock.millis();
        long locationStamp = locations.get();
        SkuStock[] result = new SkuStock[skus.size()];
        List<String> missing = null;
        for (int i = 0; i < result.length; i++) {
            String sku = skus.get(i);
            Entry entry = entries.get(sku);
            if (entry != null && entry.fresh(stripes.get(stripe(sku)), locationStamp, now, maxAgeMillis)) {
                entry.asked = true;
                result[i] = entry.stock;
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(sku);
            }
        }
        if (missing != null) {
            Map<String, SkuStock> loaded = load(missing);
            for (int i = 0; i < result.length; i++) {
                if (result[i] == null) {
                    result[i] = loaded.get(skus.get(i));
                }
            }
        }
        return List.of(result);
    }

    /**
     * Reads again, ahead of their max age, the entries asked for since they were read that are past half of it, so
     * that queries of a steadily asked SKU find it in memory rather than paying for the read (run every quarter of
     * the max age). Entries nobody asked for are left to age out.
     */
    public void refreshAsked() {
        long now = clock.millis();
        List<String> due = new ArrayList<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            if (entry.asked && now - entry.loadedAt >= maxAgeMillis / 2) {
                due.add(e.getKey());
            }
        }
        for (int from = 0; from < due.size(); from += REFRESH_CHUNK) {
            load(due.subList(from, Math.min(due.size(), from + REFRESH_CHUNK)));
        }
    }

    /** How often {@link #refreshAsked} should run: a quarter of the max age (0: never, nothing is kept). */
    public Duration refreshInterval() {
        return Duration.ofMillis(maxAgeMillis / 4);
    }

    /** A stock row of the SKU changed in the current transaction: its entry is stale once that commits. */
    public void stockChanged(String sku) {
        int stripe = stripe(sku);
        afterCommit(() -> stripes.incrementAndGet(stripe));
    }

    /** A location changed in the current transaction (active, coordinates): every entry is stale once it commits. */
    public void locationsChanged() {
        afterCommit(locations::incrementAndGet);
    }

    private Map<String, SkuStock> load(List<String> skus) {
        // the stamps before the query: a change that commits after this point makes the entry stale
        long locationStamp = locations.get();
        long[] stamps = new long[skus.size()];
        for (int i = 0; i < stamps.length; i++) {
            stamps[i] = stripes.get(stripe(skus.get(i)));
        }
        long loadedAt = clock.millis();
        Map<String, List<AvailableStock>> rows = new HashMap<>(skus.size() * 2);
        for (AvailableStock row : stock.findAvailable(skus)) {
            rows.computeIfAbsent(row.sku(), sku -> new ArrayList<>()).add(row);
        }
        Map<String, SkuStock> loaded = new HashMap<>(skus.size() * 2);
        for (int i = 0; i < stamps.length; i++) {
            String sku = skus.get(i);
            SkuStock skuStock = SkuStock.of(sku, rows.getOrDefault(sku, List.of()));
            loaded.put(sku, skuStock);
            entries.put(sku, new Entry(skuStock, stamps[i], locationStamp, loadedAt));
        }
        evictBeyondBound(clock.millis());
        return loaded;
    }

    /** Keeps at most maxSkus entries: the stale ones go first, then any (a bound on memory, not an LRU). */
    private void evictBeyondBound(long now) {
        int excess = entries.size() - maxSkus;
        if (excess <= 0) {
            return;
        }
        long locationStamp = locations.get();
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext() && excess > 0; ) {
            Map.Entry<String, Entry> e = it.next();
            if (!e.getValue().fresh(stripes.get(stripe(e.getKey())), locationStamp, now, maxAgeMillis)) {
                it.remove();
                excess--;
            }
        }
        for (Iterator<String> it = entries.keySet().iterator(); it.hasNext() && excess > 0; ) {
            it.next();
            it.remove();
            excess--;
        }
    }

    private static int stripe(String sku) {
        int h = sku.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static final class Entry {

        final SkuStock stock;
        final long stripeStamp;
        final long locationStamp;
        final long loadedAt;
        /** Asked for since it was read: worth reading again ahead of its max age. */
        volatile boolean asked;

        Entry(SkuStock stock, long stripeStamp, long locationStamp, long loadedAt) {
            this.stock = stock;
            this.stripeStamp = stripeStamp;
            this.locationStamp = locationStamp;
            this.loadedAt = loadedAt;
        }

        boolean fresh(long currentStripe, long currentLocations, long now, long maxAgeMillis) {
            return stripeStamp == currentStripe && locationStamp == currentLocations && now - loadedAt < maxAgeMillis;
        }
    }
}
