-- Webhooks out (issue 16): endpoints a firm admin registers for their firm (firm_id set) or staff for the whole
-- alliance (firm_id null), the events each wants, and one delivery per endpoint and event, tried on the Standard
-- Webhooks retry schedule, with every attempt recorded. Secrets are stored sealed (AES-256-GCM, the endpoint's id as
-- associated data); while a rotation overlaps, the previous secret is kept sealed too, until previous_until.
create table webhook_endpoint (
    id              uuid primary key,
    firm_id         uuid references firm (id) on delete cascade,
    url             text not null check (char_length(url) between 8 and 2048 and url ~* '^https?://'),
    description     text not null default '' check (char_length(description) <= 200),
    events          text[] not null check (cardinality(events) between 1 and 5 and events <@ array[
                        'order.stage_changed', 'application.decided', 'claim.decided', 'request.updated',
                        'delegation.status_changed']::text[]),
    enabled         boolean not null default true,
    disabled_reason text check (disabled_reason in ('GONE', 'BY_USER')),
    secret_key_id   text not null check (char_length(secret_key_id) between 1 and 32),
    secret          bytea not null,
    previous_secret bytea,
    previous_until  timestamptz,
    created_by      uuid references app_user (id) on delete set null,
    created_at      timestamptz not null,
    version         bigint not null default 0,
    constraint webhook_endpoint_previous check ((previous_secret is null) = (previous_until is null))
);

create index webhook_endpoint_firm on webhook_endpoint (firm_id);

-- One event for one endpoint. The id is the webhook-id, the same on every attempt. The body is the JSON exactly as
-- signed; it never holds contact details or passport numbers (the publishers send small records).
create table webhook_delivery (
    id          text primary key check (id ~ '^msg_[0-9a-f]{32}$'),
    endpoint_id uuid not null references webhook_endpoint (id) on delete cascade,
    event_type  text not null check (char_length(event_type) between 1 and 40),
    body        text not null check (char_length(body) <= 65536),
    status      text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts    integer not null default 0 check (attempts >= 0),
    next_at     timestamptz,
    created_at  timestamptz not null,
    constraint webhook_delivery_next check ((status = 'PENDING') = (next_at is not null))
);

create index webhook_delivery_due on webhook_delivery (next_at) where status = 'PENDING';
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at desc);

-- Every attempt: when, how long, the answer's status code (none when no answer came) and the kind of failure
-- (never the address, the body or a secret).
create table webhook_attempt (
    delivery_id text not null references webhook_delivery (id) on delete cascade,
    attempt     integer not null check (attempt >= 1),
    at          timestamptz not null,
    duration_ms integer not null check (duration_ms >= 0),
    status_code integer check (status_code between 100 and 599),
    outcome     text not null check (outcome in ('DELIVERED', 'RETRY', 'FAILED', 'GONE', 'BLOCKED')),
    error       text check (char_length(error) <= 200),
    primary key (delivery_id, attempt)
);
