-- Prepaid return labels (return.authorized): the carrier webhook serves outbound shipments and return labels alike,
-- and passes a return label's scans on to returns (fulfillment.return-label-scanned).
create table return_label (
    carrier         varchar(100) not null,
    tracking_number varchar(100) not null,
    return_id       uuid         not null,
    order_id        uuid         not null,
    primary key (carrier, tracking_number)
);
