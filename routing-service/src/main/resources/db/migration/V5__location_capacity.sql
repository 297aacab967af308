-- Fulfillments planned per location and ship date, counted against the location's daily capacity. Changed only by
-- atomic increments and decrements in SQL (never read, add and write back): concurrent decisions each count.
create table location_capacity_used (
    location_id varchar(100) not null,
    ship_date   date         not null,
    used        integer      not null check (used >= 0),
    primary key (location_id, ship_date)
);
