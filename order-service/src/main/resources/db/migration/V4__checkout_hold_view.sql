-- Checkout holds order-service has heard of (inventory.hold-placed / hold-ended): an order naming an unknown or
-- ended one is refused at capture (422); one that ends while its order waits for sourcing is told on the timeline.
create table checkout_hold_view (
    hold_id    uuid        primary key,
    expires_at timestamptz not null,
    ended      varchar(16),
    order_id   uuid,
    updated_at timestamptz not null
);

-- the order that named a hold, when the hold ends
create index orders_reservation_id_idx on orders (reservation_id) where reservation_id is not null;
