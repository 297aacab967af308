-- The order cancellations applied here (routing.units-cancelled): a cancellation re-sent under another event id is
-- applied once. A row per cancellation of an order, a few per order at most.
create table fulfillment_cancellation (
    order_id        uuid        not null,
    cancellation_id uuid        not null,
    recorded_at     timestamptz not null,
    primary key (order_id, cancellation_id)
);

-- the pickup expiry looks for pickups waiting at their counter, longest first
create index ix_fulfillment_order_ready_for_pickup on fulfillment_order (status_occurred_at)
    where status = 'READY_FOR_PICKUP';
