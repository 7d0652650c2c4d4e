-- 企呼我应 requests (DESIGN §2.4, issue 16): a firm files a request (企业点单), staff accept it and dispatch it to a
-- responder unit (链上派单), a member of the unit takes it (部门接单) and resolves it, and the firm confirms and rates it
-- or reopens it. Every step is an event; SLA deadlines are instants the service computes in working time and keeps
-- here, so queues sort and the alert job selects in SQL.

-- The taxonomy staff extend; a lab-test category's requests name samples and get a quote.
create table request_category (
    code     text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_zh  text not null check (char_length(btrim(name_zh)) between 1 and 60),
    name_en  text not null check (char_length(btrim(name_en)) between 1 and 60),
    position integer not null check (position between 0 and 999),
    lab_test boolean not null default false,
    active   boolean not null default true
);

insert into request_category (code, name_zh, name_en, position, lab_test) values
    ('CUSTOMS', '报关与出口许可', 'Customs and export licences', 10, false),
    ('VISA', '签证与出行', 'Visas and travel', 20, false),
    ('CERTIFICATION', '认证与标准', 'Certification and standards', 30, false),
    ('LAB_TEST', '检验检测', 'Lab testing', 40, true),
    ('LOGISTICS', '物流', 'Logistics', 50, false),
    ('FINANCE', '金融与保险', 'Finance and insurance', 60, false),
    ('POLICY', '政策与补贴', 'Policy and subsidies', 70, false),
    ('TALENT', '人才与招聘', 'Talent and hiring', 80, false),
    ('OTHER', '其他', 'Other', 990, false);

-- SLA targets in working minutes (a working day is the calendar's window, 09:00–17:30 by default: 510 minutes).
create table request_sla (
    category_code   text not null references request_category (code) on delete cascade,
    priority        text not null check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    accept_minutes  integer not null check (accept_minutes between 1 and 100000),
    take_minutes    integer not null check (take_minutes between 1 and 100000),
    resolve_minutes integer not null check (resolve_minutes between 1 and 1000000),
    primary key (category_code, priority)
);

insert into request_sla (category_code, priority, accept_minutes, take_minutes, resolve_minutes)
select c.code, p.priority, p.accept_minutes, p.take_minutes,
       case when c.lab_test then p.resolve_minutes * 3 / 2 else p.resolve_minutes end
from request_category c
cross join (values ('URGENT', 60, 120, 1020),
                   ('HIGH', 240, 480, 2550),
                   ('NORMAL', 510, 1020, 5100),
                   ('LOW', 1020, 2040, 10200)) as p (priority, accept_minutes, take_minutes, resolve_minutes);

-- Who answers: association departments, the shared lab, service providers, chain-leader firms.
create table responder_unit (
    id           uuid primary key,
    name_zh      text not null check (char_length(btrim(name_zh)) between 1 and 100),
    name_en      text not null check (char_length(btrim(name_en)) between 1 and 100),
    kind         text not null check (kind in ('DEPARTMENT', 'LAB', 'PROVIDER', 'CHAIN_LEADER')),
    -- The unit's lead, to whom its breached deadlines escalate.
    lead_user_id uuid references app_user (id),
    active       boolean not null default true,
    created_at   timestamptz not null
);
create unique index responder_unit_name on responder_unit (lower(name_zh));

create table responder_member (
    unit_id uuid not null references responder_unit (id) on delete cascade,
    user_id uuid not null references app_user (id),
    primary key (unit_id, user_id)
);
create index responder_member_user on responder_member (user_id);

create table responder_category (
    unit_id       uuid not null references responder_unit (id) on delete cascade,
    category_code text not null references request_category (code) on delete cascade,
    primary key (unit_id, category_code)
);

create sequence service_request_number;

create table service_request (
    id              uuid primary key,
    number          bigint not null unique default nextval('service_request_number'),
    firm_id         uuid not null references firm (id),
    filed_by        uuid not null references app_user (id),
    category_code   text not null references request_category (code),
    title           text not null check (char_length(btrim(title)) between 1 and 200),
    description     text not null check (char_length(btrim(description)) between 1 and 8000),
    urgency         text not null check (urgency in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    priority        text not null check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    status          text not null check (status in ('SUBMITTED', 'RETURNED', 'QUEUED', 'DISPATCHED',
                        'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED', 'WITHDRAWN')),
    -- What it concerns, when the firm names it: one of its delegations, orders or leads.
    concerns_kind   text check (concerns_kind in ('DELEGATION', 'ORDER', 'LEAD')),
    concerns_id     uuid,
    constraint service_request_concerns check ((concerns_kind is null) = (concerns_id is null)),
    unit_id         uuid references responder_unit (id),
    constraint service_request_unit check (status in ('SUBMITTED', 'RETURNED', 'QUEUED', 'WITHDRAWN')
        or unit_id is not null),
    taken_by        uuid references app_user (id),
    constraint service_request_taken check (status not in ('IN_PROGRESS', 'WAITING', 'RESOLVED')
        or taken_by is not null),
    return_reason   text check (char_length(return_reason) <= 2000),
    constraint service_request_returned check (status <> 'RETURNED' or return_reason is not null),
    resolution      text check (char_length(resolution) <= 8000),
    constraint service_request_resolved check (status not in ('RESOLVED', 'CLOSED') or resolution is not null),
    rating          smallint check (rating between 1 and 5),
    rating_comment  text check (char_length(rating_comment) <= 2000),
    constraint service_request_rated check (rating is null or status = 'CLOSED'),
    auto_closed     boolean not null default false,
    filed_at        timestamptz not null,
    accepted_at     timestamptz,
    dispatched_at   timestamptz,
    taken_at        timestamptz,
    resolved_at     timestamptz,
    closed_at       timestamptz,
    -- The running SLA clocks' deadlines (null when that clock is not running), the working seconds left on the
    -- resolve clock while it is paused, and how many times the request was dispatched and reopened, so a clock that
    -- starts again is alerted on again.
    accept_due_at   timestamptz,
    take_due_at     timestamptz,
    resolve_due_at  timestamptz,
    resolve_left_s  bigint check (resolve_left_s >= 0),
    clock_round     integer not null default 1 check (clock_round >= 1),
    version         bigint not null default 1 check (version >= 1),
    updated_at      timestamptz not null
);
create index service_request_firm on service_request (firm_id, filed_at desc);
create index service_request_unit on service_request (unit_id, status) where unit_id is not null;
create index service_request_open on service_request (status, filed_at)
    where status not in ('CLOSED', 'WITHDRAWN', 'RETURNED');

-- The request's history: every change of status, and the comments (shown to the firm) and internal notes (not).
create table request_event (
    id          uuid primary key,
    request_id  uuid not null references service_request (id) on delete cascade,
    at          timestamptz not null,
    actor_id    uuid references app_user (id),
    kind        text not null check (kind ~ '^[A-Z_]{2,32}$'),
    status      text,
    body        text check (char_length(body) <= 8000),
    internal    boolean not null default false
);
create index request_event_request on request_event (request_id, at);

create table request_attachment (
    id           uuid primary key,
    request_id   uuid not null references service_request (id) on delete cascade,
    file_name    text not null check (char_length(btrim(file_name)) between 1 and 200),
    content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg',
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size_bytes   integer not null check (size_bytes between 1 and 10485760),
    content      bytea not null,
    constraint request_attachment_size check (octet_length(content) = size_bytes),
    internal     boolean not null default false,
    uploaded_by  uuid not null references app_user (id),
    uploaded_at  timestamptz not null
);
create index request_attachment_request on request_attachment (request_id, uploaded_at);

-- A lab test's samples, the lab's quote, the firm's acceptance and the report.
create table lab_test (
    request_id         uuid primary key references service_request (id) on delete cascade,
    samples            integer not null check (samples between 1 and 1000),
    material           text not null check (char_length(btrim(material)) between 1 and 200),
    standard           text not null check (char_length(btrim(standard)) between 1 and 100),
    quote_cny          numeric(12, 2) check (quote_cny >= 0),
    quote_due_on       date,
    constraint lab_test_quote check ((quote_cny is null) = (quote_due_on is null)),
    quoted_at          timestamptz,
    quote_accepted_at  timestamptz,
    constraint lab_test_accepted check (quote_accepted_at is null or quote_cny is not null),
    report_id          uuid references request_attachment (id)
);

-- Each SLA warning (50, 75 %) and escalation (100 %) once per clock and round, whichever instance notices first.
create table request_sla_alert (
    request_id  uuid not null references service_request (id) on delete cascade,
    clock       text not null check (clock in ('ACCEPT', 'TAKE', 'RESOLVE')),
    round       integer not null check (round >= 1),
    level       smallint not null check (level in (50, 75, 100)),
    at          timestamptz not null,
    primary key (request_id, clock, round, level)
);
