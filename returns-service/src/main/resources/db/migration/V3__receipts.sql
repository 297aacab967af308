-- Receipts of returned units at a location (POST /api/v1/webhooks/wms/returns): each webhook once per partner and
-- event id; per line the units received, their condition and what they refunded (a return received in parts
-- refunds each part, so that the parts add up to the return's refund exactly).
alter table location_view add column wms_partner_id varchar(100);

create table return_receipt (
    receipt_id  uuid         primary key,
    partner_id  varchar(100) not null,
    event_id    varchar(128) not null,
    return_id   uuid         not null references return_authorization (id),
    location_id varchar(64)  not null,
    occurred_at timestamptz  not null,
    received_at timestamptz  not null,
    unique (partner_id, event_id)
);

create table return_receipt_line (
    receipt_id    uuid         not null references return_receipt (receipt_id),
    line_id       varchar(100) not null,
    quantity      integer      not null check (quantity > 0),
    condition     varchar(16)  not null,
    refund_amount numeric      not null check (refund_amount >= 0),
    primary key (receipt_id, line_id, condition)
);

create index return_receipt_return_idx on return_receipt (return_id);
