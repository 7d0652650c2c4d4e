-- Staff browse the audit trail newest first (keyset pagination on (at, id)), narrowed by action (one code or a family
-- such as 'claim.'), by user, by subject or by dates. Each common narrowing gets an index in the trail's own order,
-- so a page is an index range scan however long the trail grows.
--
-- Actions are compared under the "C" collation: a family prefix (LIKE 'claim.%') and the skip scan that lists the
-- distinct actions for the filter dropdown can then use the index whatever collation the database was created with.
create index audit_event_at_id on audit_event (at desc, id desc);
drop index audit_event_at;
create index audit_event_action_at on audit_event (action collate "C", at desc, id desc);
create index audit_event_actor_at on audit_event (actor_id, at desc, id desc);
