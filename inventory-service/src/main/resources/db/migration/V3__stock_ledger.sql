-- The stock ledger: every movement of on hand or reserved, written in the transaction that makes it, so that
-- ops can explain any figure and a late WMS count can be applied as of the instant it was taken.

-- The instant as of which the last applied count was taken (null: never counted since the ledger exists).
-- A count older than this one is refused; a shipment that left before it is already reflected in on hand.
alter table stock add column counted_at timestamptz;

-- on_hand_delta and reserved_delta are what the movement changed, on_hand and reserved the figures after it:
-- per stock row, the deltas sum to the current figures. physical_delta is the change of the units on the
-- shelf the movement stands for (a shipment of 3 is -3, an adjustment its delta; reservations and counts
-- are 0); it differs from on_hand_delta when a count already reflected the movement or on hand stopped at
-- zero. A count as of T sets on hand to the count plus the physical deltas of movements that occurred after T.
-- reference: the routing decision of a reservation, the fulfillment of a shipment, the Idempotency-Key of an
-- adjustment; actor: the API client of a count or an adjustment.
create table stock_movement (
    id             bigint       generated always as identity primary key,
    location_id    varchar(64)  not null,
    sku            varchar(64)  not null,
    kind           varchar(24)  not null,
    occurred_at    timestamptz  not null,
    recorded_at    timestamptz  not null,
    reason         varchar(64),
    order_id       uuid,
    reference      varchar(128),
    actor          varchar(128),
    on_hand_delta  integer      not null,
    reserved_delta integer      not null,
    on_hand        integer      not null check (on_hand >= 0),
    reserved       integer      not null check (reserved >= 0),
    physical_delta integer      not null,
    counted        integer      check (counted >= 0),
    foreign key (location_id, sku) references stock (location_id, sku)
);

-- the movements of one stock row, newest first
create index stock_movement_stock_idx on stock_movement (location_id, sku, id desc);
-- the physical movements of one stock row after an instant (the sum under a late count); reservations,
-- the most frequent movements, move nothing physical and stay out of it
create index stock_movement_physical_idx on stock_movement (location_id, sku, occurred_at)
    include (physical_delta) where physical_delta <> 0;

-- Rows that hold stock already open their ledger with their current figures, so that the deltas sum to them.
insert into stock_movement (location_id, sku, kind, occurred_at, recorded_at, on_hand_delta, reserved_delta,
                            on_hand, reserved, physical_delta)
select location_id, sku, 'OPENING_BALANCE', now(), now(), on_hand, reserved, on_hand, reserved, 0
from stock
where on_hand <> 0 or reserved <> 0;

-- POST /stock/adjustments by (client, Idempotency-Key): the request as applied and the stock answered, so
-- that a retry gets the same answer and applies nothing. Claimed (inserted) before the stock rows are
-- locked: a concurrent request with the same key waits on the insert until the first commits, then replays
-- it. result is written before the claiming transaction commits; a rejected request leaves no row.
create table stock_adjustment_request (
    client_id       varchar(128) not null,
    idempotency_key varchar(128) not null,
    adjustments     jsonb        not null,
    result          jsonb,
    created_at      timestamptz  not null,
    primary key (client_id, idempotency_key)
);
