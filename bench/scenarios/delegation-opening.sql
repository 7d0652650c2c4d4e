-- delegation-opening: the transaction behind one POST /api/v1/delegations/{id}/applications under FIFO, statement by
-- statement as DelegationService.apply sends them (DelegationRepository, ApplicationRepository, AuditService,
-- LiveEvents): read the delegation; insert the application as SUBMITTED and read it back; take capacity with the
-- conditional update; move the application to APPROVED (capacity taken) or WAITLISTED (no row came back) and read
-- it back; the audit entry; the live event's NOTIFY. The bearer-token lookups before it are not part of it.
--
-- Set by the scenario with -D: did (the delegation), payload ('delegation:' || did), aprefix (the first 24
-- characters of a fresh UUID: application i gets aprefix || i in 12 digits), per (transactions per client), n = 0,
-- req_area and req_seats (what each firm asks for), placed_reason and full_reason (DelegationService's automatic
-- reasons, bound as the application binds them; written into the SQL, pgbench would take the ':name' inside the
-- quoted literal for a variable). Client c's k-th transaction is firm c * per + k, so every firm applies once.
-- Differences from the application: ids are built from i in SQL rather than bound, and now() stands for the instant
-- the application binds.
\set req_slots 1
\set n :n + 1
\set i :client_id * :per + :n
\set took_used_slots 0
BEGIN;
select id, fair_id, title_zh, title_en, organiser, applications_open, applications_close, firm_slots, area_m2, seats, used_slots, used_area_m2, used_seats, policy, fee_per_firm_cny, fee_per_m2_cny, status, version from delegation where id = :did;
insert into delegation_application (id, delegation_id, firm_id, submitted_by, travellers, area_m2, notes, status, submitted_at, updated_at) values ((:aprefix::text || lpad(:i::text, 12, '0'))::uuid, :did, ('be7c0000-0000-4000-8000-' || lpad(:i::text, 12, '0'))::uuid, ('be7c0001-0000-4000-8000-' || lpad(:i::text, 12, '0'))::uuid, :req_seats, :req_area, '', 'SUBMITTED', now(), now());
select a.id, a.delegation_id, a.firm_id, a.travellers, a.area_m2, a.notes, a.status, a.decision_reason, a.decided_at, a.submitted_at, a.version, coalesce((select json_agg(json_build_object('machine', e.machine, 'weightKg', e.weight_kg, 'volumeM3', e.volume_m3) order by e.position) from application_exhibit e where e.application_id = a.id), '[]')::text as exhibits from delegation_application a where a.id = (:aprefix::text || lpad(:i::text, 12, '0'))::uuid;
update delegation set used_slots = used_slots + :req_slots, used_area_m2 = used_area_m2 + :req_area, used_seats = used_seats + :req_seats, updated_at = now() where id = :did and used_slots + :req_slots <= firm_slots and used_area_m2 + :req_area <= area_m2 and used_seats + :req_seats <= seats returning id, fair_id, title_zh, title_en, organiser, applications_open, applications_close, firm_slots, area_m2, seats, used_slots, used_area_m2, used_seats, policy, fee_per_firm_cny, fee_per_m2_cny, status, version \aset took_
\if :took_used_slots > 0
update delegation_application set status = 'APPROVED', holds_capacity = true, decision_reason = :placed_reason, decided_by = null, decided_at = now(), updated_at = now(), version = version + 1 where id = (:aprefix::text || lpad(:i::text, 12, '0'))::uuid and status = any('{SUBMITTED}'::text[]);
select a.id, a.delegation_id, a.firm_id, a.travellers, a.area_m2, a.notes, a.status, a.decision_reason, a.decided_at, a.submitted_at, a.version, coalesce((select json_agg(json_build_object('machine', e.machine, 'weightKg', e.weight_kg, 'volumeM3', e.volume_m3) order by e.position) from application_exhibit e where e.application_id = a.id), '[]')::text as exhibits from delegation_application a where a.id = (:aprefix::text || lpad(:i::text, 12, '0'))::uuid;
insert into audit_event (actor_id, action, subject_type, subject_id, detail) values (('be7c0001-0000-4000-8000-' || lpad(:i::text, 12, '0'))::uuid, 'application.APPROVED', 'delegation', :did, :aprefix::text || lpad(:i::text, 12, '0'));
\else
update delegation_application set status = 'WAITLISTED', holds_capacity = false, decision_reason = :full_reason, decided_by = null, decided_at = now(), updated_at = now(), version = version + 1 where id = (:aprefix::text || lpad(:i::text, 12, '0'))::uuid and status = any('{SUBMITTED}'::text[]);
select a.id, a.delegation_id, a.firm_id, a.travellers, a.area_m2, a.notes, a.status, a.decision_reason, a.decided_at, a.submitted_at, a.version, coalesce((select json_agg(json_build_object('machine', e.machine, 'weightKg', e.weight_kg, 'volumeM3', e.volume_m3) order by e.position) from application_exhibit e where e.application_id = a.id), '[]')::text as exhibits from delegation_application a where a.id = (:aprefix::text || lpad(:i::text, 12, '0'))::uuid;
insert into audit_event (actor_id, action, subject_type, subject_id, detail) values (('be7c0001-0000-4000-8000-' || lpad(:i::text, 12, '0'))::uuid, 'application.WAITLISTED', 'delegation', :did, :aprefix::text || lpad(:i::text, 12, '0'));
\endif
select pg_notify('portal_live', :payload);
COMMIT;
