-- Decisions after the first source part of an order: the line quantities a location handed back (rejected,
-- short-picked, cut by a shortage) or that waited for stock (restock). scope is the JSON array of the lines a
-- decision sources (null: the whole request, as every decision before this migration); tries counts the decisions
-- of one trigger (a failed reservation re-plans the same scope with tries + 1; routing gives up after 3).
alter table routing_decision add column scope text;
alter table routing_decision add column tries integer not null default 1 check (tries > 0);

-- Locations never to source a line of an order from again (they rejected or short-picked it, or a shortage cut it).
create table routing_exclusion (
    order_id    uuid         not null references sourcing_request (order_id),
    location_id varchar(100) not null,
    line_id     varchar(100) not null,
    reason      varchar(40)  not null,
    created_at  timestamptz  not null,
    primary key (order_id, location_id, line_id)
);

-- Line quantities of an order no settled decision could source, and why. NO_STOCK lines are sourced again, oldest
-- order first, when stock of their SKU appears in routing's view after they were last checked (checked_at).
create table backorder (
    order_id   uuid         not null references sourcing_request (order_id),
    line_id    varchar(100) not null,
    sku        varchar(100) not null,
    quantity   integer      not null check (quantity > 0),
    reason     varchar(40)  not null,
    since      timestamptz  not null,
    checked_at timestamptz  not null,
    primary key (order_id, line_id, reason)
);
create index backorder_restockable on backorder (sku) where reason = 'NO_STOCK';

-- the inputs of every decision (order lines, the candidates' stock and locations, holds, capacity, config version,
-- clock), so that it can be replayed exactly and back-tested under another configuration
create table decision_inputs (
    decision_id uuid primary key references routing_decision (decision_id),
    inputs      text not null
);

-- Cancellations of orders (order.cancelled) routing has not applied yet: it applies one when the order has no
-- decision waiting for its reservation (units in flight are neither backordered nor sourced); lines is a JSON
-- array of {lineId, sku, remaining, cancelledByRouting}.
create table pending_cancellation (
    cancellation_id uuid        primary key,
    order_id        uuid        not null references sourcing_request (order_id),
    lines           text        not null,
    received_at     timestamptz not null
);
create index pending_cancellation_order on pending_cancellation (order_id, received_at);
