-- the day routing planned each fulfillment order to leave its location (LATE when it has not shipped by the end
-- of that day, in the location's time zone); null for those released before it was kept
alter table fulfillment_order add column ship_date date;

-- the location's time zone (inventory.location-upserted), for the end of a ship or delivery date there
alter table known_location add column time_zone varchar(64);

-- re-sending a delivery (ops) restarts its retry period from then
alter table release_delivery add column resent_at timestamptz;
