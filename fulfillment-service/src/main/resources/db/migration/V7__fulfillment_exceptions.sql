-- what went wrong with fulfillment orders, for the ops queue: LATE, DELIVERY_EXCEPTION, REJECTED, STUCK
create table fulfillment_exception (
    id             uuid         primary key,
    fulfillment_id uuid         not null references fulfillment_order (id),
    order_id       uuid         not null,
    location_id    varchar(100) not null,
    kind           varchar(30)  not null,
    since          timestamptz  not null,
    detail         varchar(500),
    cleared_at     timestamptz
);

-- raised once per kind while open: a second raise of an open kind is a no-op
create unique index uq_fulfillment_exception_open
    on fulfillment_exception (fulfillment_id, kind) where cleared_at is null;

create index ix_fulfillment_exception_since on fulfillment_exception (since desc);
