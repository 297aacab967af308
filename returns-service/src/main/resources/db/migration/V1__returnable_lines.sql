-- returns' own view of order lines: what was bought (order.received) and what reached the customer
-- (fulfillment.delivered). The two topics are not ordered relative to each other, so the order facts are
-- nullable until order.received arrives.
create table returnable_line (
    order_id      uuid           not null,
    line_id       varchar(100)   not null,
    sku           varchar(100)   not null,
    unit_price    numeric(19, 4),
    currency      varchar(3),
    ordered_qty   int,
    delivered_qty int            not null default 0,
    delivered_at  timestamptz,
    channel       varchar(100),
    version       bigint         not null,
    primary key (order_id, line_id)
);

-- one row per fulfillment order that delivered units of a line: a re-sent delivery is not counted twice,
-- and each shipment's delivery date starts its own return window
create table returnable_line_delivery (
    order_id       uuid        not null,
    line_id        varchar(100) not null,
    fulfillment_id uuid        not null,
    quantity       int         not null check (quantity > 0),
    delivered_at   timestamptz not null,
    primary key (order_id, line_id, fulfillment_id),
    foreign key (order_id, line_id) references returnable_line (order_id, line_id)
);
