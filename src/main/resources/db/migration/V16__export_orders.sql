-- Export orders (DESIGN §2.3): a firm's orders from quote to payment, their lines and stage history, and the FX
-- rates staff keep by date. Amounts are exact decimals in the order's own currency; a confirmed order keeps the
-- rates of its confirmation date to CNY and USD, so totals are never summed across currencies unconverted.

-- What one unit of a currency was worth in CNY on a date. CNY itself is 1 and never stored; USD is a currency
-- like any other, so a USD amount is amount × cny(currency) ÷ cny(USD).
create table fx_rate (
    rate_date  date not null check (rate_date >= date '2000-01-01'),
    currency   text not null check (currency ~ '^[A-Z]{3}$' and currency <> 'CNY'),
    cny        numeric(20, 10) not null check (cny > 0 and cny < 100000),
    entered_by uuid references app_user (id),
    entered_at timestamptz not null,
    primary key (currency, rate_date)
);

create table export_order (
    id                  uuid primary key,
    firm_id             uuid not null references firm (id),
    -- The buyer of a lead, where the order came from one (or the firm knows it); its name as the firm wrote it.
    buyer_id            uuid references buyer (id),
    buyer_name          text not null check (char_length(btrim(buyer_name)) between 1 and 200),
    destination_country text not null check (destination_country ~ '^[A-Z]{2}$'),
    currency            text not null check (currency ~ '^[A-Z]{3}$'),
    incoterm            text not null check (incoterm in ('EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS',
                            'FOB', 'CFR', 'CIF')),
    named_place         text not null check (char_length(btrim(named_place)) between 1 and 200),
    -- Exactly one attribution, with what it names: the firm's claim on the lead's buyer, or the delegation.
    attribution         text not null check (attribution in ('LEAD', 'FAIR', 'DIRECT')),
    claim_id            uuid references claim (id),
    delegation_id       uuid references delegation (id),
    constraint export_order_attribution check (
        (attribution = 'LEAD') = (claim_id is not null) and (attribution = 'FAIR') = (delegation_id is not null)),
    expected_ship_on    date,
    expected_paid_on    date,
    constraint export_order_expected_dates check (expected_paid_on is null or expected_ship_on is null
        or expected_paid_on >= expected_ship_on),
    stage               text not null check (stage in ('QUOTED', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED',
                            'DELIVERED', 'PAID', 'CANCELLED')),
    stage_on            date not null,
    -- The sum of the lines, kept with them in one transaction.
    total               numeric(20, 4) not null check (total > 0),
    -- The snapshot taken on confirmation: the rates of that date, CNY and USD per unit of the order's currency.
    fx_date             date,
    fx_cny              numeric(20, 10) check (fx_cny > 0),
    fx_usd              numeric(20, 10) check (fx_usd > 0),
    constraint export_order_fx_snapshot check ((fx_date is null) = (fx_cny is null)
        and (fx_cny is null) = (fx_usd is null)),
    constraint export_order_confirmed_has_fx check (stage in ('QUOTED', 'CANCELLED') or fx_date is not null),
    version             bigint not null default 1 check (version >= 1),
    created_by          uuid references app_user (id),
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index export_order_firm on export_order (firm_id, created_at desc);
create index export_order_claim on export_order (claim_id) where claim_id is not null;
create index export_order_delegation on export_order (delegation_id) where delegation_id is not null;

create table export_order_line (
    order_id   uuid not null references export_order (id) on delete cascade,
    position   integer not null check (position between 1 and 100),
    category   text not null references machine_category (code),
    model      text not null check (char_length(btrim(model)) between 1 and 100),
    quantity   integer not null check (quantity between 1 and 10000),
    unit_price numeric(20, 4) not null check (unit_price > 0 and unit_price <= 1000000000),
    primary key (order_id, position)
);

-- Every stage an order reached: the day it happened (as the user says) and who recorded it when.
create table export_order_stage (
    order_id    uuid not null references export_order (id) on delete cascade,
    stage       text not null check (stage in ('QUOTED', 'CONFIRMED', 'IN_PRODUCTION', 'SHIPPED', 'DELIVERED',
                    'PAID', 'CANCELLED')),
    on_date     date not null,
    recorded_by uuid references app_user (id),
    recorded_at timestamptz not null,
    primary key (order_id, stage)
);
