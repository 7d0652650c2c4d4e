-- Logistics pack: the delegation's itinerary and the shipping milestones of the firms' exhibits (DESIGN §2.1).

-- The itinerary: flights, hotel, meetings, transfers. An item with no firm is delegation-wide (staff keep it, every
-- participating firm sees it); an item with a firm is that firm's own (e.g. a buyer meeting), seen by it and staff.
create table itinerary_item (
    id             uuid primary key,
    delegation_id  uuid not null references delegation (id) on delete cascade,
    firm_id        uuid references firm (id),
    kind           text not null check (kind in ('FLIGHT', 'HOTEL', 'MEETING', 'TRANSFER', 'OTHER')),
    title          text not null check (char_length(btrim(title)) between 1 and 200),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    -- IANA ids of where it starts and ends; they differ only for a flight (departure and arrival).
    start_zone     text not null check (char_length(start_zone) between 1 and 64),
    end_zone       text not null check (char_length(end_zone) between 1 and 64),
    location       text not null default '' check (char_length(location) <= 300),
    details        text not null default '' check (char_length(details) <= 2000),
    created_by     uuid references app_user (id),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint not null default 0,
    constraint itinerary_item_ends_after_start check (ends_at >= starts_at),
    constraint itinerary_item_one_zone_unless_flight check (kind = 'FLIGHT' or end_zone = start_zone)
);
create index itinerary_item_delegation on itinerary_item (delegation_id, starts_at, id);
create index itinerary_item_firm on itinerary_item (firm_id) where firm_id is not null;

-- Exhibits get an id of their own, so that shipping (and the API) can name one.
alter table application_exhibit add column id uuid not null default gen_random_uuid();
alter table application_exhibit add constraint application_exhibit_id_unique unique (id);

-- Where an exhibit's shipment stands. A milestone is recorded by a conditional update from exactly the stage before
-- it (BOOKED is the insert), so two people recording the same step at once cannot both succeed.
create table exhibit_shipment (
    exhibit_id  uuid primary key references application_exhibit (id) on delete cascade,
    stage       text not null check (stage in ('BOOKED', 'AT_PORT', 'CUSTOMS_CLEARED', 'AT_BOOTH')),
    updated_at  timestamptz not null,
    version     bigint not null default 0
);

-- Every milestone with when, who and an optional reference (booking or B/L number, port). The schema itself keeps
-- the order: each milestone names the one before it (CHECK), which must have been recorded (foreign key), and a
-- milestone is recorded once (primary key): no skipping, no going back.
create table exhibit_milestone (
    exhibit_id   uuid not null references exhibit_shipment (exhibit_id) on delete cascade,
    milestone    text not null check (milestone in ('BOOKED', 'AT_PORT', 'CUSTOMS_CLEARED', 'AT_BOOTH')),
    previous     text,
    reference    text not null default '' check (char_length(reference) <= 200),
    recorded_at  timestamptz not null,
    recorded_by  uuid not null references app_user (id),
    primary key (exhibit_id, milestone),
    constraint exhibit_milestone_in_order check (
        (milestone = 'BOOKED' and previous is null)
        or (milestone = 'AT_PORT' and previous = 'BOOKED')
        or (milestone = 'CUSTOMS_CLEARED' and previous = 'AT_PORT')
        or (milestone = 'AT_BOOTH' and previous = 'CUSTOMS_CLEARED')),
    constraint exhibit_milestone_after_previous foreign key (exhibit_id, previous)
        references exhibit_milestone (exhibit_id, milestone)
);
