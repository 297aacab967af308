create table fulfillment_order (
    id                     uuid         primary key,
    order_id               uuid         not null,
    shipment_id            varchar(100) not null,
    location_id            varchar(100) not null,
    type                   varchar(20)  not null,
    status                 varchar(30)  not null,
    status_occurred_at     timestamptz  not null,
    carrier                varchar(100),
    service                varchar(100),
    tracking_number        varchar(100),
    promised_delivery_date date,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null,
    -- a redelivered or re-sent allocation must not release a shipment twice
    constraint uq_fulfillment_order_shipment unique (order_id, shipment_id)
);

-- carriers post tracking updates by number; carrier names arrive in any case
create unique index uq_fulfillment_order_tracking
    on fulfillment_order (lower(carrier), tracking_number) where tracking_number is not null;

create table fulfillment_order_line (
    fulfillment_id uuid         not null references fulfillment_order (id),
    position       int          not null,
    line_id        varchar(100) not null,
    sku            varchar(100) not null,
    quantity       int          not null check (quantity > 0),
    primary key (fulfillment_id, position)
);

create table fulfillment_status_history (
    id          bigint generated always as identity primary key,
    fulfillment_id uuid        not null references fulfillment_order (id),
    source      varchar(20)  not null,
    event       varchar(30)  not null,
    from_status varchar(30),
    to_status   varchar(30)  not null,
    applied     boolean      not null,
    occurred_at timestamptz  not null,
    recorded_at timestamptz  not null,
    detail      varchar(1000)
);

create index ix_fulfillment_status_history_fulfillment on fulfillment_status_history (fulfillment_id, id);
