-- Passport data is kept only while it can still be needed. When an application ends for good (WITHDRAWN, REJECTED,
-- EXPIRED: none of them can change again), its travellers are erased in the same transaction as the status change,
-- whoever changes it (see V6 for why such rules are triggers). An application sent back to the waitlist keeps its
-- travellers, hidden from lists until it holds a place again. One audit entry per application says how many were
-- erased; it names no traveller.
create function erase_travellers_of_ended_application() returns trigger language plpgsql as $$
begin
    with erased as (
        delete from traveller where application_id = new.id returning delegation_id)
    insert into audit_event (actor_id, action, subject_type, subject_id, detail)
    select null, 'travellers.erased', 'delegation', min(erased.delegation_id::text),
           count(*) || ' (application ' || new.id || ' ' || new.status || ')'
      from erased
    having count(*) > 0;
    return null;
end $$;

create trigger application_erases_travellers after update of status on delegation_application
    for each row
    when (new.status in ('WITHDRAWN', 'REJECTED', 'EXPIRED') and old.status is distinct from new.status)
    execute function erase_travellers_of_ended_application();
