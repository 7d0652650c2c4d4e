-- An order's expected shipping and payment dates are never before the day it was quoted (issue 13). The quote day
-- is the QUOTED row of export_order_stage, so a CHECK on export_order cannot see it: a row trigger on each table
-- checks the pair, and whichever of the two is written second finds the other (an order is inserted before its
-- QUOTED row; an edit changes the order; a corrected quote day changes the row). Rows stored before this migration
-- are not re-checked until they are written again. Orders without a QUOTED row (bulk loads) have no quote day to
-- compare with.
create function export_order_dates_after_quote() returns trigger
    language plpgsql as $$
declare
    order_id uuid;
    quoted date;
    ship date;
    paid date;
begin
    if tg_table_name = 'export_order' then
        order_id := new.id;
        ship := new.expected_ship_on;
        paid := new.expected_paid_on;
        select s.on_date into quoted from export_order_stage s where s.order_id = new.id and s.stage = 'QUOTED';
    else
        order_id := new.order_id;
        quoted := new.on_date;
        select o.expected_ship_on, o.expected_paid_on into ship, paid from export_order o where o.id = new.order_id;
    end if;
    if quoted is not null and (ship < quoted or paid < quoted) then
        raise exception 'export_order_dates_after_quote: order % expects to ship or be paid before its quote day %',
            order_id, quoted
            using errcode = 'check_violation', constraint = 'export_order_dates_after_quote';
    end if;
    return null;
end
$$;

create trigger export_order_dates_after_quote
    after insert or update of expected_ship_on, expected_paid_on on export_order
    for each row when (new.expected_ship_on is not null or new.expected_paid_on is not null)
    execute function export_order_dates_after_quote();

create trigger export_order_quote_day_before_dates
    after insert or update of on_date, stage on export_order_stage
    for each row when (new.stage = 'QUOTED')
    execute function export_order_dates_after_quote();
