-- "Takes part": a firm takes part in a delegation while its application holds a place there, approved or accepted
-- (an OFFERED application holds capacity but has not taken its place yet). Pavilion, travellers, itinerary, shipping
-- and checklists each spelled the status list out; this is the one definition they all use now. The delegation feature
-- owns it. A plain immutable SQL function is inlined by the planner, so the conditions still use the indexes on status.
create function takes_part(status text) returns boolean
    language sql immutable parallel safe
as $$
    select status in ('APPROVED', 'ACCEPTED')
$$;

-- The firms a delegation's checklist is for (V9), now by the one definition.
create or replace view checklist_participant as
    select distinct a.delegation_id, a.firm_id
    from delegation_application a
    where takes_part(a.status);

-- The backstops of V6 and V7, unchanged but for the definition they use.
create or replace function booth_assignee_holds_place() returns trigger language plpgsql as $$
begin
    if new.application_id is not null
            and (tg_op = 'INSERT' or new.application_id is distinct from old.application_id) then
        perform 1 from delegation_application a
         where a.id = new.application_id and a.delegation_id = new.delegation_id
           and takes_part(a.status)
           for share;
        if not found then
            raise exception 'booth % may only go to an approved application of its delegation', new.label
                using errcode = 'check_violation', constraint = 'booth_assignee_holds_place';
        end if;
    end if;
    return new;
end $$;

drop trigger application_frees_booths on delegation_application;
create trigger application_frees_booths after update of status on delegation_application
    for each row
    when (takes_part(old.status) and not takes_part(new.status))
    execute function free_booths_of_released_application();

create or replace function traveller_within_seats() returns trigger language plpgsql as $$
declare
    seats   integer;
    placed  text;
    taken   integer;
begin
    select a.travellers, a.status into seats, placed
    from delegation_application a where a.id = new.application_id
    for no key update;
    if placed is null or not takes_part(placed) then
        raise exception 'traveller_needs_approved_place: the application is not approved'
            using errcode = 'check_violation', constraint = 'traveller_needs_approved_place';
    end if;
    select count(*) into taken from traveller t where t.application_id = new.application_id and t.id <> new.id;
    if taken >= seats then
        raise exception 'traveller_within_seats: no more travellers than the application''s % seats', seats
            using errcode = 'check_violation', constraint = 'traveller_within_seats';
    end if;
    return new;
end;
$$;
