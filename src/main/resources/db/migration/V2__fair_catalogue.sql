-- The catalogue of international textile-machinery fairs (DESIGN §2.1).

create table fair (
    id            uuid primary key,
    name_zh       text not null check (char_length(btrim(name_zh)) between 1 and 200),
    name_en       text not null check (char_length(btrim(name_en)) between 1 and 200),
    city          text not null check (char_length(btrim(city)) between 1 and 100),
    country       text not null check (country ~ '^[A-Z]{2}$'),
    venue         text not null check (char_length(btrim(venue)) between 1 and 200),
    start_date    date not null,
    end_date      date not null,
    sectors       text[] not null check (cardinality(sectors) >= 1 and sectors <@ array[
                      'SPINNING', 'WEAVING', 'KNITTING', 'DYEING_FINISHING', 'NONWOVENS',
                      'BEARINGS_PARTS', 'TECHNICAL_TEXTILES', 'GARMENT']::text[]),
    website       text check (website is null or (website ~ '^https?://[^\s]+$' and char_length(website) <= 500)),
    status        text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED')),
    cancel_reason text check (cancel_reason is null or char_length(btrim(cancel_reason)) between 1 and 500),
    version       bigint not null default 0,
    created_by    uuid references app_user (id),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint fair_dates_ordered check (end_date >= start_date),
    constraint fair_duration_sane check (end_date - start_date <= 60),
    constraint fair_cancel_has_reason check ((status = 'CANCELLED') = (cancel_reason is not null))
);
-- One edition of a fair per start date.
create unique index fair_edition_unique on fair (lower(name_en), start_date);
create index fair_start_id on fair (start_date, id);
create index fair_country on fair (country);
create index fair_sectors on fair using gin (sectors);
