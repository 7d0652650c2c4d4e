-- Per-firm checklists (logistics pack): staff keep one template per delegation; every participating firm's checklist
-- is that template crossed with the firm, so an item added later appears on every firm's list and a firm approved
-- later gets the whole list. Nothing is copied: only what a firm has done is stored, keyed by (item, firm).

create table checklist_item (
    id             uuid primary key,
    delegation_id  uuid not null references delegation (id) on delete cascade,
    title_zh       text not null check (char_length(btrim(title_zh)) between 1 and 200),
    title_en       text not null check (char_length(btrim(title_en)) between 1 and 200),
    description    text not null default '' check (char_length(description) <= 2000),
    -- A calendar day in the alliance's time zone (portal.time-zone); overdue from the next day on.
    due_date       date not null,
    position       integer not null check (position between 0 and 10000),
    version        bigint not null default 0,
    created_by     uuid references app_user (id),
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index checklist_item_delegation on checklist_item (delegation_id, position, id);
create index checklist_item_due on checklist_item (due_date);

-- The firms a delegation's checklist is for: those whose application holds a place (approved or accepted).
create view checklist_participant as
    select distinct a.delegation_id, a.firm_id
    from delegation_application a
    where a.status in ('APPROVED', 'ACCEPTED');

-- A firm ticked an item off. Reopening deletes the row (the audit trail keeps the history).
create table checklist_completion (
    item_id   uuid not null references checklist_item (id) on delete cascade,
    firm_id   uuid not null references firm (id),
    done_at   timestamptz not null,
    done_by   uuid not null references app_user (id),
    primary key (item_id, firm_id)
);
create index checklist_completion_firm on checklist_completion (firm_id);

-- One overdue reminder per (item, firm), ever: the in-app part is sent in the transaction that inserts this row, and
-- the primary key makes a second insert (another run, another instance) a no-op. Moving an item's due date clears its
-- reminders, so the new deadline gets its own.
create table checklist_reminder (
    item_id      uuid not null references checklist_item (id) on delete cascade,
    firm_id      uuid not null references firm (id),
    reminded_at  timestamptz not null,
    primary key (item_id, firm_id)
);

-- The e-mail part of a reminder, one row per recipient, kept apart from the in-app part so that a failed send is
-- retried on the next run without repeating the in-app notification. A sender claims a row (claimed_until) before
-- sending, so two instances never send the same e-mail; sent_at is set only after the SMTP server accepted it.
create table checklist_reminder_mail (
    item_id        uuid not null,
    firm_id        uuid not null,
    user_id        uuid not null references app_user (id) on delete cascade,
    created_at     timestamptz not null,
    attempts       integer not null default 0 check (attempts >= 0),
    claimed_until  timestamptz,
    sent_at        timestamptz,
    primary key (item_id, firm_id, user_id),
    foreign key (item_id, firm_id) references checklist_reminder (item_id, firm_id) on delete cascade
);
create index checklist_reminder_mail_pending on checklist_reminder_mail (created_at) where sent_at is null;
