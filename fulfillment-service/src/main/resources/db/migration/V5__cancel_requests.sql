-- Units of a cancellation that a fulfillment order being picked, packed or waiting at the counter has asked its
-- location about, until the location confirms (taken off) or refuses (they stay) by webhook.
create table fulfillment_cancel_request (
    fulfillment_id  uuid         not null references fulfillment_order (id),
    position        int          not null,
    cancellation_id uuid,
    line_id         varchar(100) not null,
    sku             varchar(100) not null,
    quantity        int          not null check (quantity > 0),
    requested_at    timestamptz  not null,
    primary key (fulfillment_id, position)
);
