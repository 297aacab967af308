-- Every cancellation of an order: what it asked and took, and under which idempotency key (a repeated request with
-- the key changes nothing and answers the order as it is).
create table order_cancellation (
    cancellation_id  uuid         primary key,
    order_id         uuid         not null references orders (id),
    client_id        varchar(100) not null,
    idempotency_key  varchar(128),
    fingerprint      varchar(64)  not null,
    reason           varchar(500) not null,
    cancelled        text         not null,
    created_at       timestamptz  not null
);
create unique index order_cancellation_key on order_cancellation (order_id, client_id, idempotency_key)
    where idempotency_key is not null;
