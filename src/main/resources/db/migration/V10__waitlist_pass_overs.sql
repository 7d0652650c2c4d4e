-- How many times a waitlisted application at the head of the waitlist saw a freed place go to a later, smaller
-- request because its own did not fit. Past portal.delegation.max-pass-overs, freed room is held for it instead
-- (see docs/delegations.md, "Waitlist and timed offers").
alter table delegation_application
    add column passed_over smallint not null default 0 check (passed_over >= 0);
