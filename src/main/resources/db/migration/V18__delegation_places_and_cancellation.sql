-- Delegations, issue 13: what a delegation's used capacity is, kept by the database; staff's waitlist decisions that
-- stick; and the reason a delegation was cancelled (docs/delegations.md).

-- 1. The reason staff gave for cancelling, which the firms read. Delegations cancelled before reasons were kept get a
--    text saying so, so that every cancelled delegation has one and no other delegation has any.
alter table delegation add column cancel_reason text;
update delegation set cancel_reason = '取消时未记录原因 (no reason was recorded when this delegation was cancelled)'
    where status = 'CANCELLED';
alter table delegation add constraint delegation_cancelled_with_reason check (
    (status = 'CANCELLED') = (cancel_reason is not null)
    and (cancel_reason is null or char_length(btrim(cancel_reason)) between 1 and 1000));

-- 2. A waitlisted application staff put there by hand, or an allocation run's tier quota, waits for staff's next
--    decision: automatic offers of freed places pass it by (and it is not the head of the waitlist they serve).
alter table delegation_application add column waits_for_staff boolean not null default false;
alter table delegation_application add constraint application_waits_for_staff_only_when_waitlisted
    check (not waits_for_staff or status = 'WAITLISTED');

-- 3. used_slots, used_area_m2 and used_seats of a delegation are, at every commit, the count, the sum of area_m2
--    and the sum of travellers over its applications with holds_capacity. Services move an application and the
--    counters in one transaction; the check is deferred to the commit, so the order of those two steps is free,
--    but a transaction that leaves them apart (a lost release, a double take, a hand-written UPDATE) is refused.

create index application_holding on delegation_application (delegation_id) include (area_m2, travellers)
    where holds_capacity;

-- Existing counters are put right before the check starts, each change in the audit trail with the counters before
-- and after, and in the migration's log. Counters below what applications hold (an overbooking) cannot be put right
-- by arithmetic: the CHECKs on delegation refuse it and the migration stops.
do $$
declare
    wrong record;
begin
    for wrong in
        select d.id, d.used_slots, d.used_area_m2, d.used_seats,
               count(a.id)::integer as slots, coalesce(sum(a.area_m2), 0) as area,
               coalesce(sum(a.travellers), 0)::integer as seats
          from delegation d
          left join delegation_application a on a.delegation_id = d.id and a.holds_capacity
         group by d.id
        having d.used_slots <> count(a.id) or d.used_area_m2 <> coalesce(sum(a.area_m2), 0)
            or d.used_seats <> coalesce(sum(a.travellers), 0)
    loop
        raise warning 'delegation %: used slots/area/seats % / % / % but its applications hold % / % / %; set to theirs',
            wrong.id, wrong.used_slots, wrong.used_area_m2, wrong.used_seats, wrong.slots, wrong.area, wrong.seats;
        update delegation set used_slots = wrong.slots, used_area_m2 = wrong.area, used_seats = wrong.seats
         where id = wrong.id;
        insert into audit_event (actor_id, action, subject_type, subject_id, detail)
        values (null, 'delegation.capacity-repaired', 'delegation', wrong.id::text,
                'used ' || wrong.used_slots || '/' || wrong.used_area_m2 || '/' || wrong.used_seats
                    || ' -> held ' || wrong.slots || '/' || wrong.area || '/' || wrong.seats);
    end loop;
end $$;

-- Checks one delegation in a single statement (one snapshot: committed data plus this transaction's own changes).
create function delegation_places_check(target uuid) returns void language plpgsql as $$
declare
    c record;
begin
    select d.used_slots, d.used_area_m2, d.used_seats,
           h.slots, h.area, h.seats
      into c
      from delegation d
     cross join lateral (
           select count(*) as slots, coalesce(sum(a.area_m2), 0) as area, coalesce(sum(a.travellers), 0) as seats
             from delegation_application a
            where a.delegation_id = d.id and a.holds_capacity) h
     where d.id = target;
    if found and (c.used_slots <> c.slots or c.used_area_m2 <> c.area or c.used_seats <> c.seats) then
        raise exception 'delegation_used_is_held: delegation %: used slots/area/seats % / % / % but its applications hold % / % / %',
                target, c.used_slots, c.used_area_m2, c.used_seats,
                c.slots, c.area, c.seats
            using errcode = 'check_violation', constraint = 'delegation_used_is_held',
                  table = 'delegation';
    end if;
end $$;

create function delegation_used_is_held() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'delegation' then
        perform delegation_places_check(new.id);
    else
        if tg_op in ('UPDATE', 'DELETE') then
            perform delegation_places_check(old.delegation_id);
        end if;
        if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.delegation_id <> old.delegation_id) then
            perform delegation_places_check(new.delegation_id);
        end if;
    end if;
    return null;
end $$;

create constraint trigger delegation_used_is_held after insert or update of used_slots, used_area_m2, used_seats
    on delegation deferrable initially deferred
    for each row execute function delegation_used_is_held();

create constraint trigger application_held_is_used_on_insert after insert on delegation_application
    deferrable initially deferred
    for each row when (new.holds_capacity)
    execute function delegation_used_is_held();

create constraint trigger application_held_is_used_on_update
    after update of holds_capacity, area_m2, travellers, delegation_id on delegation_application
    deferrable initially deferred
    for each row when (old.holds_capacity or new.holds_capacity)
    execute function delegation_used_is_held();

create constraint trigger application_held_is_used_on_delete after delete on delegation_application
    deferrable initially deferred
    for each row when (old.holds_capacity)
    execute function delegation_used_is_held();
