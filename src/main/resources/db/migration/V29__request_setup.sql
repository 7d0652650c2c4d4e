-- Staff keep the request categories, their SLA targets and the responder units in the portal (issue 16). Each row
-- gets a version for optimistic edits, and what the setup service checks holds here as well.

alter table request_category add column version bigint not null default 1 check (version >= 1);
-- Two categories with one name would be one choice in the filing form.
create unique index request_category_name_zh on request_category (lower(btrim(name_zh)));
create unique index request_category_name_en on request_category (lower(btrim(name_en)));

alter table request_sla add column version bigint not null default 1 check (version >= 1);
-- The take clock starts at dispatch, after acceptance, and the resolve clock runs from acceptance: a target to take
-- longer than the whole resolution would never be the one that counts. The accept clock ends before the other two
-- start, so it is bounded only by its own range.
alter table request_sla add constraint request_sla_take_within_resolve check (take_minutes <= resolve_minutes);

alter table responder_unit add column version bigint not null default 1 check (version >= 1);
create unique index responder_unit_name_en on responder_unit (lower(name_en));

-- A unit stops taking requests only when none is left with it, counting resolutions its firms have not confirmed
-- yet (a reopened request goes back to the same unit). The check runs after the row lock is taken, so it sees a
-- dispatch that committed meanwhile; a dispatch waits for this row in turn (below).
create function responder_unit_keeps_open_requests() returns trigger language plpgsql as $$
begin
    if old.active and not new.active and exists (
            select 1 from service_request
            where unit_id = new.id and status in ('DISPATCHED', 'IN_PROGRESS', 'WAITING', 'RESOLVED')) then
        raise exception 'responder unit % still has open requests', new.id
            using errcode = '23514', constraint = 'responder_unit_open_requests';
    end if;
    return new;
end
$$;
create trigger responder_unit_open_requests before update of active on responder_unit
    for each row execute function responder_unit_keeps_open_requests();

-- A request goes to an active unit only, and is filed in an active category only; old requests keep theirs (and
-- closed ones loaded as history may name a unit that stopped since).
create function service_request_active_choices() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' and not exists (
            select 1 from request_category where code = new.category_code and active) then
        raise exception 'request category % is not active', new.category_code
            using errcode = '23514', constraint = 'service_request_active_category';
    end if;
    if new.unit_id is not null and new.status not in ('CLOSED', 'WITHDRAWN')
            and (tg_op = 'INSERT' or new.unit_id is distinct from old.unit_id) and not exists (
            select 1 from responder_unit where id = new.unit_id and active for share) then
        raise exception 'responder unit % is not active', new.unit_id
            using errcode = '23514', constraint = 'service_request_active_unit';
    end if;
    return new;
end
$$;
create trigger service_request_active_choices before insert or update of unit_id on service_request
    for each row execute function service_request_active_choices();
