-- The alliance dashboard's aggregates computed raw, straight from the orders, as the summaries (V17) spare the API
-- from doing: last year's and the year before's won orders by market and month with their totals, distinct firms
-- and the few firms' ids; each delegation's won windows after its fair; lead conversion by source. One transaction
-- per dashboard, like one GET /api/v1/insight/alliance?year=<last year>.
select extract(year from o.fx_date) as year, o.destination_country, extract(month from o.fx_date) as month,
       count(*) as orders, sum(insight_cents(o.total * o.fx_cny)) as cny, sum(insight_cents(o.total * o.fx_usd)) as usd,
       count(distinct o.firm_id) as firms,
       case when count(distinct o.firm_id) < 3 then array_agg(distinct cast(o.firm_id as text)) end as few
from export_order o
where o.fx_date >= make_date(cast(extract(year from current_date) as integer) - 2, 1, 1)
  and o.fx_date < make_date(cast(extract(year from current_date) as integer), 1, 1)
  and o.stage not in ('QUOTED', 'CANCELLED')
group by grouping sets ((1, 2, 3), (1, 2), (1, 3), (1));
select d.id, f.end_date, w.window_days, count(distinct o.firm_id) as firms, count(*) as orders,
       sum(insight_cents(o.total * o.fx_cny)) as cny
from export_order o
join delegation d on d.id = o.delegation_id
join fair f on f.id = d.fair_id
cross join lateral (select case when o.fx_date - f.end_date <= 30 then 30 when o.fx_date - f.end_date <= 90 then 90
                                when o.fx_date - f.end_date <= 180 then 180 else 0 end as window_days) w
where o.stage not in ('QUOTED', 'CANCELLED') and f.end_date < current_date
group by d.id, f.end_date, w.window_days;
select source, outcome, count(*) as claims, count(distinct firm_id) as firms
from (select l.source, c.firm_id, case c.stage when 'WON' then 1 when 'LOST' then 2 else 0 end as outcome
      from claim c join lead l on l.id = c.lead_id
      where c.status <> 'REJECTED'
        and c.created_at >= make_date(cast(extract(year from current_date) as integer) - 1, 1, 1)
        and c.created_at < make_date(cast(extract(year from current_date) as integer), 1, 1)) c
group by grouping sets ((source, outcome), (source), (outcome), ());
