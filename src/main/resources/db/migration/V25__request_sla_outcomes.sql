-- How each request's clocks ended, kept when they stop, so the dashboards count "accepted in time", "resolved in
-- time" and the median working times with plain aggregates: the working seconds spent on the accept clock (filing to
-- acceptance) and on the resolve clock (acceptance to resolution, pauses left out), and whether each was within its
-- target at that moment.
alter table service_request
    add column accept_spent_s  bigint check (accept_spent_s >= 0),
    add column accept_met      boolean,
    add column resolve_spent_s bigint check (resolve_spent_s >= 0),
    add column resolve_met     boolean,
    add constraint service_request_accept_outcome check ((accept_spent_s is null) = (accept_met is null)),
    add constraint service_request_resolve_outcome check ((resolve_spent_s is null) = (resolve_met is null));

create index service_request_filed on service_request (filed_at);
