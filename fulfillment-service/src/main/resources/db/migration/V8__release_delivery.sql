-- fulfillment orders released at a location whose WMS/store partner has a release URL: written in the release's
-- transaction, POSTed by the dispatcher thread, retried with back-off until delivered or given up (FAILED)
create table release_delivery (
    id              uuid         primary key,
    fulfillment_id  uuid         not null references fulfillment_order (id),
    partner_id      varchar(64)  not null,
    type            varchar(30)  not null,
    payload         text         not null,
    status          varchar(20)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz,
    created_at      timestamptz  not null,
    delivered_at    timestamptz
);

create index ix_release_delivery_due on release_delivery (next_attempt_at) where status = 'PENDING';
create index ix_release_delivery_fulfillment on release_delivery (fulfillment_id);

create table release_delivery_attempt (
    delivery_id uuid         not null references release_delivery (id),
    attempt     int          not null,
    at          timestamptz  not null,
    status_code int,
    error       varchar(500),
    duration_ms bigint       not null,
    primary key (delivery_id, attempt)
);
