-- Checkout holds: units a storefront reserves for a while before there is an order (POST /reservations). A hold
-- reserves its lines in stock.reserved like an order's reservation does, and every change of it is in the ledger.

-- status: ACTIVE until it is RELEASED by its client, EXPIRED by the expiry job (expires_at passed),
-- CONVERTED into the reservation of order_id, or CUT_BY_SHORTAGE (a lower count took every unit it held).
-- client_id: the API client that placed it, the only one (with ops) that sees and changes it.
create table checkout_hold (
    id         uuid         primary key,
    client_id  varchar(128) not null,
    status     varchar(16)  not null,
    expires_at timestamptz  not null,
    order_id   uuid,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);

-- what the expiry job scans: only live holds, soonest first
create index checkout_hold_expiry_idx on checkout_hold (expires_at) where status = 'ACTIVE';

-- One line per SKU. quantity is what the hold still reserves at that stock row: a shortage may cut it, down to 0.
-- The foreign key to the stock row is deferred to the commit: a hold writes its lines before it reserves (the
-- reservation takes the stock row's lock, and a hot row's lock is held from there to the commit, so as little as
-- possible comes after it); at the commit the row exists and this transaction holds its lock. A short hold rolls
-- back before any check.
create table checkout_hold_line (
    hold_id     uuid        not null references checkout_hold (id),
    location_id varchar(64) not null,
    sku         varchar(64) not null,
    position    integer     not null,
    quantity    integer     not null check (quantity >= 0),
    primary key (hold_id, sku),
    foreign key (location_id, sku) references stock (location_id, sku) deferrable initially deferred
);

-- the holds of one stock row, which a shortage cuts newest first
create index checkout_hold_line_stock_idx on checkout_hold_line (location_id, sku);

-- the order reservations of one stock row, which a shortage cuts newest first (after the holds)
create index reservation_stock_idx on reservation (location_id, sku, created_at) where status = 'ACTIVE';

-- POST /reservations by (client, Idempotency-Key), as stock_adjustment_request: the request as first sent and the
-- hold it placed. Claimed (inserted) before any stock row is locked, so a concurrent retry waits on the insert,
-- holding nothing, then answers the hold. A request that placed nothing (409, 404...) leaves no row.
create table checkout_hold_request (
    client_id       varchar(128) not null,
    idempotency_key varchar(128) not null,
    request         jsonb        not null,
    hold_id         uuid,
    created_at      timestamptz  not null,
    primary key (client_id, idempotency_key)
);
