-- Pre-aggregated won order values for the insight dashboards (DESIGN §2.3). A won order is one confirmed and not
-- cancelled: it has an FX snapshot, so its value is exact in CNY and USD (rounded half-even to the cent per order,
-- as the order's own page shows it), and it counts in the month of its confirmation. Triggers keep the summaries in
-- step with export_order in the same transaction, so a dashboard never reads a million orders and is never stale.

-- One row per month × destination × firm: the firm stays in the key so a cell knows how many firms built it.
create table insight_won_month (
    month       date not null check (month = date_trunc('month', month)::date),
    destination text not null check (destination ~ '^[A-Z]{2}$'),
    firm_id     uuid not null references firm (id),
    orders      integer not null check (orders > 0),
    cny         numeric(24, 2) not null,
    usd         numeric(24, 2) not null,
    primary key (month, destination, firm_id)
);

-- Orders won through a delegation, by how long after its fair ended they were confirmed: within 30, 90 or 180 days
-- (an order confirmed at the fair itself counts in the first window), or later (window 0, kept so a fair's dates
-- may be looked at again).
create table insight_fair_won (
    delegation_id uuid not null references delegation (id) on delete cascade,
    firm_id       uuid not null references firm (id),
    window_days   integer not null check (window_days in (0, 30, 90, 180)),
    orders        integer not null check (orders > 0),
    cny           numeric(24, 2) not null,
    usd           numeric(24, 2) not null,
    primary key (delegation_id, firm_id, window_days)
);

-- A version per year of confirmation, bumped with every change to that year's won orders (in the same transaction):
-- the dashboards cache a year's grouped figures and reuse them while its version stands, so a commit is seen by
-- the very next request, on every instance.
create table insight_year_stamp (
    year    integer primary key check (year between 2000 and 9999),
    version bigint not null check (version >= 1)
);

create function insight_cents(amount numeric) returns numeric
    language sql immutable as $$
    select cast((case when amount * 100 - floor(amount * 100) = 0.5
                      then floor(amount * 100) + floor(amount * 100) % 2
                      else round(amount * 100) end) / 100 as numeric(24, 2))
$$;

create function insight_fair_window(delegation uuid, confirmed date) returns integer
    language sql stable as $$
    select case when confirmed - f.end_date <= 30 then 30
                when confirmed - f.end_date <= 90 then 90
                when confirmed - f.end_date <= 180 then 180
                else 0 end
    from delegation d join fair f on f.id = d.fair_id
    where d.id = delegation
$$;

-- Adds one order's value to the summaries (sign 1) or takes it away (sign -1); rows that fall to no order go.
create function insight_count_order(o export_order, sign integer) returns void
    language plpgsql as $$
declare
    add_cny numeric := sign * insight_cents(o.total * o.fx_cny);
    add_usd numeric := sign * insight_cents(o.total * o.fx_usd);
    won_month date := date_trunc('month', o.fx_date)::date;
    fair_window integer;
begin
    insert into insight_year_stamp as s (year, version) values (cast(extract(year from o.fx_date) as integer), 1)
    on conflict (year) do update set version = s.version + 1;
    if sign > 0 then
        insert into insight_won_month as w (month, destination, firm_id, orders, cny, usd)
        values (won_month, o.destination_country, o.firm_id, 1, add_cny, add_usd)
        on conflict (month, destination, firm_id)
            do update set orders = w.orders + 1, cny = w.cny + excluded.cny, usd = w.usd + excluded.usd;
    else
        update insight_won_month w set orders = w.orders - 1, cny = w.cny + add_cny, usd = w.usd + add_usd
        where w.month = won_month and w.destination = o.destination_country and w.firm_id = o.firm_id
          and w.orders > 1;
        if not found then
            delete from insight_won_month w
            where w.month = won_month and w.destination = o.destination_country and w.firm_id = o.firm_id;
        end if;
    end if;
    if o.delegation_id is null then
        return;
    end if;
    fair_window := insight_fair_window(o.delegation_id, o.fx_date);
    if sign > 0 then
        insert into insight_fair_won as w (delegation_id, firm_id, window_days, orders, cny, usd)
        values (o.delegation_id, o.firm_id, fair_window, 1, add_cny, add_usd)
        on conflict (delegation_id, firm_id, window_days)
            do update set orders = w.orders + 1, cny = w.cny + excluded.cny, usd = w.usd + excluded.usd;
    else
        update insight_fair_won w set orders = w.orders - 1, cny = w.cny + add_cny, usd = w.usd + add_usd
        where w.delegation_id = o.delegation_id and w.firm_id = o.firm_id and w.window_days = fair_window
          and w.orders > 1;
        if not found then
            delete from insight_fair_won w
            where w.delegation_id = o.delegation_id and w.firm_id = o.firm_id and w.window_days = fair_window;
        end if;
    end if;
end
$$;

create function insight_order_won(o export_order) returns boolean
    language sql immutable as $$
    select o.stage not in ('QUOTED', 'CANCELLED') and o.fx_date is not null
$$;

create function insight_order_changed() returns trigger
    language plpgsql as $$
begin
    -- A move between two won stages (in production, shipped …) changes no figure: leave the summaries and the
    -- year's version alone, so the dashboards' cached years stay valid.
    if tg_op = 'UPDATE' and insight_order_won(old) and insight_order_won(new)
       and (old.firm_id, old.destination_country, old.delegation_id, old.total, old.fx_date, old.fx_cny, old.fx_usd)
           is not distinct from
           (new.firm_id, new.destination_country, new.delegation_id, new.total, new.fx_date, new.fx_cny, new.fx_usd)
    then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and insight_order_won(old) then
        perform insight_count_order(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and insight_order_won(new) then
        perform insight_count_order(new, 1);
    end if;
    return null;
end
$$;

create trigger insight_order_changed
    after insert or delete or update of firm_id, destination_country, delegation_id, stage, total, fx_date, fx_cny,
        fx_usd on export_order
    for each row execute function insight_order_changed();

-- Rebuilds both summaries from the orders: after a bulk load with the trigger off, or after a fair's dates moved.
create function insight_rebuild() returns void
    language sql as $$
    delete from insight_won_month;
    delete from insight_fair_won;
    insert into insight_won_month (month, destination, firm_id, orders, cny, usd)
    select date_trunc('month', o.fx_date)::date, o.destination_country, o.firm_id, count(*),
           sum(insight_cents(o.total * o.fx_cny)), sum(insight_cents(o.total * o.fx_usd))
    from export_order o where insight_order_won(o)
    group by 1, 2, 3;
    insert into insight_fair_won (delegation_id, firm_id, window_days, orders, cny, usd)
    select o.delegation_id, o.firm_id, insight_fair_window(o.delegation_id, o.fx_date), count(*),
           sum(insight_cents(o.total * o.fx_cny)), sum(insight_cents(o.total * o.fx_usd))
    from export_order o where insight_order_won(o) and o.delegation_id is not null
    group by 1, 2, 3;
    insert into insight_year_stamp as s (year, version)
    select cast(extract(year from month) as integer), 1 from insight_won_month group by 1
    on conflict (year) do update set version = s.version + 1;
    update insight_year_stamp set version = version + 1
    where year not in (select cast(extract(year from month) as integer) from insight_won_month);
$$;

-- The firm's own dashboard reads its orders directly (a firm has thousands at most), by confirmation month.
create index export_order_firm_won on export_order (firm_id, fx_date) where fx_date is not null;
