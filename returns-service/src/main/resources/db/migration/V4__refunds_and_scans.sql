-- Every refund of returned units, whatever issued it (a receipt, or the carrier's first scan of the label when the
-- policy allows an instant refund): per line the units and the amount, so that no unit is refunded twice.
create table return_refund_line (
    refund_id  uuid         not null,
    return_id  uuid         not null references return_authorization (id),
    line_id    varchar(100) not null,
    quantity   integer      not null check (quantity > 0),
    amount     numeric      not null check (amount >= 0),
    issued_by  varchar(16)  not null,
    issued_at  timestamptz  not null,
    primary key (refund_id, line_id)
);
create index return_refund_line_return_idx on return_refund_line (return_id);

-- who bought (order.received): an instant refund is not for a flagged customer
create table order_customer (
    order_id uuid         primary key,
    email    varchar(320)
);
