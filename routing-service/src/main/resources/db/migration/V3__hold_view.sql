-- Checkout holds routing has heard of (inventory.hold-placed) until they end (inventory.hold-ended): an order
-- naming one is sourced from the held locations first, the held units being its own on top of what is available.
-- Both events of a hold are keyed by its id, so they arrive in order.
create table hold_view (
    hold_id     uuid        not null,
    location_id varchar(64) not null,
    sku         varchar(64) not null,
    quantity    integer     not null check (quantity > 0),
    expires_at  timestamptz not null,
    primary key (hold_id, location_id, sku)
);

-- the order's checkout hold, kept with what it asks routing to source (re-plans name it too)
alter table sourcing_request add column reservation_id uuid;
