-- The delegation's pavilion: booths laid out as a grid in the hall, each assigned to at most one participating firm
-- (an application that holds a place: APPROVED or ACCEPTED). A firm may get several booths.

-- Lets a booth reference an application together with its delegation, so the foreign key itself says "same delegation".
create unique index application_id_delegation on delegation_application (id, delegation_id);

create table booth (
    id              uuid primary key,
    delegation_id   uuid not null references delegation (id) on delete cascade,
    -- The booth number as printed on the hall plan, e.g. "A01"; stored in upper case.
    label           text not null check (label ~ '^[A-Z0-9][A-Z0-9-]{0,11}$'),
    area_m2         numeric(8, 2) not null check (area_m2 > 0 and area_m2 <= 10000),
    -- Position on the hall grid (0-based), so the plan can be drawn.
    grid_row        integer not null check (grid_row between 0 and 99),
    grid_col        integer not null check (grid_col between 0 and 99),
    note            text not null default '' check (char_length(note) <= 200),
    -- The participating application the booth is assigned to; null while the booth is free.
    application_id  uuid,
    version         bigint not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint booth_assignee_same_delegation foreign key (application_id, delegation_id)
        references delegation_application (id, delegation_id)
);
create unique index booth_label_unique on booth (delegation_id, label);
create unique index booth_position_unique on booth (delegation_id, grid_row, grid_col);
create index booth_application on booth (application_id) where application_id is not null;

-- A booth is assigned only to an application that holds a place on the booth's delegation. The service assigns with a
-- conditional update (... where exists (an APPROVED or ACCEPTED application of this delegation)); this trigger is the
-- backstop for any other writer. FOR SHARE makes a concurrent status change of that application wait for this
-- transaction (and then free the booth, below), or makes this check wait for the status change and see its result.
create function booth_assignee_holds_place() returns trigger language plpgsql as $$
begin
    if new.application_id is not null
            and (tg_op = 'INSERT' or new.application_id is distinct from old.application_id) then
        perform 1 from delegation_application a
         where a.id = new.application_id and a.delegation_id = new.delegation_id
           and a.status in ('APPROVED', 'ACCEPTED')
           for share;
        if not found then
            raise exception 'booth % may only go to an approved application of its delegation', new.label
                using errcode = 'check_violation', constraint = 'booth_assignee_holds_place';
        end if;
    end if;
    return new;
end $$;

create trigger booth_assignee_holds_place before insert or update of application_id on booth
    for each row execute function booth_assignee_holds_place();

-- When an application stops holding a place (withdrawn, rejected, waitlisted again, …), its booths become free.
-- This is a trigger rather than a step in the Java services because the invariant "a booth's firm takes part in the
-- delegation" must hold whoever changes the status: withdrawal, staff decisions, offer expiry, an allocation run,
-- a future feature or a hand-written UPDATE. The trigger runs in the same transaction as the status change, so the
-- two commit (or roll back) together, and it leaves an audit entry per freed booth (by the system: no actor).
create function free_booths_of_released_application() returns trigger language plpgsql as $$
begin
    with freed as (
        update booth set application_id = null, version = version + 1, updated_at = now()
         where application_id = new.id
        returning delegation_id, label)
    insert into audit_event (actor_id, action, subject_type, subject_id, detail)
    select null, 'booth.freed', 'delegation', freed.delegation_id::text,
           freed.label || ' (application ' || new.id || ' ' || new.status || ')'
      from freed;
    return null;
end $$;

create trigger application_frees_booths after update of status on delegation_application
    for each row
    when (old.status in ('APPROVED', 'ACCEPTED') and new.status not in ('APPROVED', 'ACCEPTED'))
    execute function free_booths_of_released_application();
