package io.opendoms.order.it;

import static io.opendoms.order.it.OrderEventsIT.allocated;
import static io.opendoms.order.it.OrderEventsIT.line;
import static io.opendoms.order.it.OrderEventsIT.released;
import static io.opendoms.order.it.OrderRequests.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendoms.events.routing.UnallocatedLine;
import io.opendoms.order.application.LoadOrderPort;
import io.opendoms.order.application.SaveOrderPort;
import io.opendoms.order.domain.FulfillmentLine;
import io.opendoms.order.domain.FulfillmentStatus;
import io.opendoms.order.domain.FulfillmentUpdate;
import io.opendoms.order.domain.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class OrderConcurrencyIT extends OrderServiceIT {

    @Autowired
    LoadOrderPort loadOrder;
    @Autowired
    SaveOrderPort saveOrder;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void ofTwoTransactionsChangingTheSameOrderTheLaterFails() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
            Order slow = loadOrder.load(orderId).orElseThrow();
            inner.executeWithoutResult(s -> {
                Order fast = loadOrder.load(orderId).orElseThrow();
                fast.track(release(UUID.randomUUID(), 1), Instant.now());
                saveOrder.update(fast);
            });
            slow.track(release(UUID.randomUUID(), 2), Instant.now());
            saveOrder.update(slow);
        })).isInstanceOf(OptimisticLockingFailureException.class);

        JsonNode order = order(orderId);
        assertThat(order.get("fulfillments")).as("only the first change").hasSize(1);
        assertThat(order.get("lines").get(0).get("allocatedQuantity").asInt()).isEqualTo(1);
    }

    @Test
    void anOrderLoadedInAnEarlierTransactionCannotOverwriteALaterChange() {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Order stale = tx.execute(s -> loadOrder.load(orderId).orElseThrow());
        tx.executeWithoutResult(s -> {
            Order current = loadOrder.load(orderId).orElseThrow();
            current.track(release(UUID.randomUUID(), 1), Instant.now());
            saveOrder.update(current);
        });

        stale.track(release(UUID.randomUUID(), 2), Instant.now());

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> saveOrder.update(stale)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    /**
     * Event handlers load their order locked: a second handler of the same order waits for the first to commit
     * and then changes what it committed, instead of failing on the version and backing off.
     */
    @Test
    void aSecondWriterOfAnOrderLoadedForUpdateWaitsAndBuildsOnTheFirst() throws Exception {
        UUID orderId = placeOrder(STOREFRONT, anOrder());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        java.util.concurrent.CompletableFuture<Void> second = new java.util.concurrent.CompletableFuture<>();

        tx.executeWithoutResult(status -> {
            Order first = loadOrder.loadForUpdate(orderId).orElseThrow();
            Thread.ofVirtual().start(() -> {
                try {
                    tx.executeWithoutResult(s -> {
                        Order later = loadOrder.loadForUpdate(orderId).orElseThrow();
                        later.track(release(UUID.randomUUID(), 1), Instant.now());
                        saveOrder.update(later);
                    });
                    second.complete(null);
                } catch (RuntimeException e) {
                    second.completeExceptionally(e);
                }
            });
            // the second writer stays blocked on the row for as long as this transaction holds it
            await().during(java.time.Duration.ofMillis(300)).atMost(java.time.Duration.ofSeconds(2))
                    .until(() -> !second.isDone());
            first.track(release(UUID.randomUUID(), 1), Instant.now());
            saveOrder.update(first);
        });
        second.get(30, java.util.concurrent.TimeUnit.SECONDS);

        JsonNode order = order(orderId);
        assertThat(order.get("fulfillments")).as("both changes").hasSize(2);
        assertThat(order.get("lines").get(0).get("allocatedQuantity").asInt()).isEqualTo(2);
    }

    /** Allocation and release come on two topics, handled by two consumers at once: no update may be lost. */
    @Test
    void eventsRacingOnTwoTopicsConverge() {
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            orders.add(placeOrder(STOREFRONT, anOrder()));
        }

        for (UUID orderId : orders) {
            publish(allocated(orderId, List.of(new UnallocatedLine("2", "SKU-2", 1, "NO_STOCK"))));
            publish(released(orderId, UUID.randomUUID(), line("1", 2), line("2", 2)));
        }

        for (UUID orderId : orders) {
            await().untilAsserted(() -> {
                JsonNode order = order(orderId);
                assertThat(order.get("status").asString()).isEqualTo("PARTIALLY_ALLOCATED");
                assertThat(order.get("lines")).extracting(l -> l.get("allocatedQuantity").asInt() + "/"
                        + l.get("backorderedQuantity").asInt() + "/" + l.get("status").asString())
                        .containsExactly("2/0/ALLOCATED", "2/1/PARTIALLY_ALLOCATED");
            });
            List<String> types = new ArrayList<>();
            timeline(orderId).forEach(e -> types.add(e.get("type").asString()));
            assertThat(types).containsOnlyOnce("ALLOCATION_SETTLED", "FULFILLMENT_RELEASED");
        }
    }

    private static FulfillmentUpdate release(UUID fulfillmentId, int quantityOfLine1) {
        return new FulfillmentUpdate(fulfillmentId, "DC-EAST", FulfillmentStatus.RELEASED,
                List.of(new FulfillmentLine("1", quantityOfLine1)), null, null, null, null);
    }
}
