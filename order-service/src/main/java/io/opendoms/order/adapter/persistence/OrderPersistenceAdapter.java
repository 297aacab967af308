package io.opendoms.order.adapter.persistence;

import io.opendoms.order.application.LoadOrderPort;
import io.opendoms.order.application.LoadTimelinePort;
import io.opendoms.order.application.OrderPage;
import io.opendoms.order.application.OrderSearch;
import io.opendoms.order.application.SaveOrderPort;
import io.opendoms.order.application.SearchOrdersPort;
import io.opendoms.order.domain.Fulfillment;
import io.opendoms.order.domain.Order;
import io.opendoms.order.domain.OrderLine;
import io.opendoms.order.domain.TimelineEntry;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

@Component
class OrderPersistenceAdapter implements LoadOrderPort, SaveOrderPort, SearchOrdersPort, LoadTimelinePort {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OrderJpaRepository orders;
    private final TimelineEntryJpaRepository timeline;
    private final OrderJpaMapper mapper;
    private final NotificationOutbox notifications;

    OrderPersistenceAdapter(OrderJpaRepository orders, TimelineEntryJpaRepository timeline, OrderJpaMapper mapper,
                            NotificationOutbox notifications) {
        this.notifications = notifications;
        this.orders = orders;
        this.timeline = timeline;
        this.mapper = mapper;
    }

    @Override
    public Optional<Order> load(UUID orderId) {
        return orders.findById(orderId).map(mapper::toDomain);
    }

    @Override
    public Optional<Order> loadForUpdate(UUID orderId) {
        return orders.findLockedById(orderId).map(mapper::toDomain);
    }

    @Override
    public Optional<Order> findLockedByReservation(UUID reservationId) {
        return orders.findLockedByReservationId(reservationId).stream().findFirst().map(mapper::toDomain);
    }

    @Override
    public void create(Order order) {
        OrderJpaEntity entity = mapper.toEntity(order);
        order.getLines().forEach(line -> addLine(entity, line));
        order.getFulfillments().forEach(f -> addFulfillment(entity, f));
        orders.save(entity);
        appendTimeline(order);
        notifications.enqueue(order);
    }

    @Override
    public void update(Order order) {
        // Loaded earlier in this transaction, the entity comes from the persistence context and the flush checks
        // its version in the database; an order loaded in another transaction is checked here.
        OrderJpaEntity entity = orders.findById(order.getId())
                .orElseThrow(() -> new IllegalStateException("Order " + order.getId() + " vanished"));
        if (entity.getVersion() != order.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(OrderJpaEntity.class, order.getId());
        }
        mapper.update(order, entity);
        Map<String, OrderLineJpaEntity> lines = entity.getLines().stream()
                .collect(Collectors.toMap(OrderLineJpaEntity::getLineId, Function.identity()));
        for (OrderLine line : order.getLines()) {
            mapper.update(line, lines.get(line.getLineId()));
        }
        Map<UUID, FulfillmentJpaEntity> fulfillments = entity.getFulfillments().stream()
                .collect(Collectors.toMap(FulfillmentJpaEntity::getFulfillmentId, Function.identity()));
        for (Fulfillment f : order.getFulfillments()) {
            FulfillmentJpaEntity existing = fulfillments.get(f.getFulfillmentId());
            if (existing == null) {
                addFulfillment(entity, f);
            } else {
                mapper.update(f, existing);
                // rewriting an element collection deletes and re-inserts it: only when it changed
                if (!mapper.toDomainLines(existing.getLines()).equals(f.getLines())) {
                    existing.getLines().clear();
                    existing.getLines().addAll(mapper.toEntityLines(f.getLines()));
                }
            }
        }
        appendTimeline(order);
        notifications.enqueue(order);
    }

    @Override
    public List<TimelineEntry> timeline(UUID orderId) {
        return timeline.findByOrderIdOrderByIdAsc(orderId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public OrderPage search(OrderSearch search) {
        Page<OrderJpaEntity> page = orders.findAll(matching(search),
                PageRequest.of(search.page(), search.size(), NEWEST_FIRST));
        return new OrderPage(page.getContent().stream().map(mapper::toDomain).toList(), search.page(), search.size(),
                page.getTotalElements());
    }

    private static Specification<OrderJpaEntity> matching(OrderSearch s) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (s.visibleChannel() != null) {
                where.add(cb.equal(root.get("channel"), s.visibleChannel()));
            }
            if (s.channel() != null) {
                where.add(cb.equal(root.get("channel"), s.channel()));
            }
            if (s.status() != null) {
                where.add(cb.equal(root.get("status"), s.status()));
            }
            if (s.email() != null) {
                where.add(cb.equal(cb.lower(root.get("customer").get("email")), s.email().toLowerCase(Locale.ROOT)));
            }
            if (s.externalId() != null) {
                where.add(cb.equal(root.get("externalId"), s.externalId()));
            }
            if (s.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), s.from()));
            }
            if (s.to() != null) {
                where.add(cb.lessThan(root.get("createdAt"), s.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private void addLine(OrderJpaEntity order, OrderLine line) {
        OrderLineJpaEntity entity = mapper.toEntity(line);
        entity.setOrder(order);
        entity.setPosition(order.getLines().size());
        order.getLines().add(entity);
    }

    private void addFulfillment(OrderJpaEntity order, Fulfillment fulfillment) {
        FulfillmentJpaEntity entity = mapper.toEntity(fulfillment);
        entity.setOrder(order);
        entity.setPosition(order.getFulfillments().size());
        order.getFulfillments().add(entity);
    }

    private void appendTimeline(Order order) {
        timeline.saveAll(order.newTimelineEntries().stream().map(e -> mapper.toEntity(e, order.getId())).toList());
    }
}
