-- Delegations to fairs and the firms' applications to join them (DESIGN §2.1).

create table delegation (
    id                  uuid primary key,
    fair_id             uuid not null references fair (id),
    title_zh            text not null check (char_length(btrim(title_zh)) between 1 and 200),
    title_en            text not null check (char_length(btrim(title_en)) between 1 and 200),
    organiser           text not null check (char_length(btrim(organiser)) between 1 and 200),
    applications_open   timestamptz not null,
    applications_close  timestamptz not null,
    firm_slots          integer not null check (firm_slots between 1 and 10000),
    area_m2             numeric(9, 1) not null check (area_m2 > 0 and area_m2 <= 100000),
    seats               integer not null check (seats between 1 and 100000),
    -- What approved (and offered) applications hold. The CHECKs are the capacity invariant: never over, in any unit.
    used_slots          integer not null default 0,
    used_area_m2        numeric(9, 1) not null default 0,
    used_seats          integer not null default 0,
    policy              text not null check (policy in ('FIFO', 'BEST_FIT', 'SCORED')),
    fee_per_firm_cny    numeric(12, 2) not null default 0 check (fee_per_firm_cny >= 0),
    fee_per_m2_cny      numeric(12, 2) not null default 0 check (fee_per_m2_cny >= 0),
    status              text not null default 'DRAFT'
                            check (status in ('DRAFT', 'OPEN', 'CLOSED', 'ON_SITE', 'DONE', 'CANCELLED')),
    version             bigint not null default 0,
    created_by          uuid references app_user (id),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    constraint delegation_window_ordered check (applications_close > applications_open),
    constraint delegation_slots_within check (used_slots between 0 and firm_slots),
    constraint delegation_area_within check (used_area_m2 between 0 and area_m2),
    constraint delegation_seats_within check (used_seats between 0 and seats)
);
create index delegation_fair on delegation (fair_id);
create index delegation_status on delegation (status);

create table delegation_application (
    id              uuid primary key,
    delegation_id   uuid not null references delegation (id),
    firm_id         uuid not null references firm (id),
    submitted_by    uuid not null references app_user (id),
    travellers      integer not null check (travellers between 1 and 100),
    area_m2         numeric(7, 1) not null check (area_m2 > 0 and area_m2 <= 10000),
    notes           text not null default '' check (char_length(notes) <= 2000),
    -- SCORED delegations: staff's 0–10 rating of the firm's export potential for this fair.
    export_score    smallint check (export_score between 0 and 10),
    status          text not null check (status in ('SUBMITTED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN',
                        'OFFERED', 'ACCEPTED', 'EXPIRED')),
    -- True while the application holds capacity on its delegation (approved, offered, accepted).
    holds_capacity  boolean not null default false,
    decision_reason text check (decision_reason is null or char_length(decision_reason) <= 1000),
    decided_by      uuid references app_user (id),
    decided_at      timestamptz,
    -- A place offered from the waitlist is held until then; the firm accepts before it, or the offer expires.
    offer_expires_at timestamptz,
    submitted_at    timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0,
    constraint application_holds_when_placed
        check (holds_capacity = (status in ('APPROVED', 'OFFERED', 'ACCEPTED'))),
    constraint application_offer_has_expiry check ((status = 'OFFERED') = (offer_expires_at is not null))
);
-- A firm has at most one live application per delegation.
create unique index application_one_live_per_firm on delegation_application (delegation_id, firm_id)
    where status not in ('WITHDRAWN', 'REJECTED', 'EXPIRED');
create index application_delegation on delegation_application (delegation_id, submitted_at, id);
create index application_firm on delegation_application (firm_id);
create index application_offers_due on delegation_application (offer_expires_at) where status = 'OFFERED';

-- SCORED delegations: at most this many firm slots go to firms of a membership tier.
create table delegation_tier_quota (
    delegation_id   uuid not null references delegation (id) on delete cascade,
    tier            text not null check (tier in ('CORE', 'STANDARD', 'ASSOCIATE')),
    max_slots       integer not null check (max_slots >= 0),
    primary key (delegation_id, tier)
);

create table application_exhibit (
    application_id  uuid not null references delegation_application (id) on delete cascade,
    position        integer not null check (position >= 0),
    machine         text not null check (char_length(btrim(machine)) between 1 and 200),
    weight_kg       numeric(10, 1) not null check (weight_kg > 0 and weight_kg <= 200000),
    volume_m3       numeric(8, 2) not null check (volume_m3 > 0 and volume_m3 <= 1000),
    primary key (application_id, position)
);
