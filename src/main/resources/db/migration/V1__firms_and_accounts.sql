-- Firms of the alliance and the people who sign in for them.

create table firm (
    id              uuid primary key,
    name_zh         text not null check (char_length(btrim(name_zh)) between 1 and 200),
    name_en         text not null check (char_length(btrim(name_en)) between 1 and 200),
    kind            text not null check (kind in ('ASSOCIATION', 'CHAIN_LEADER', 'MEMBER')),
    membership_tier text not null default 'STANDARD' check (membership_tier in ('CORE', 'STANDARD', 'ASSOCIATE')),
    city            text not null default '' check (char_length(city) <= 100),
    created_at      timestamptz not null default now()
);
create unique index firm_name_zh_unique on firm (lower(name_zh));
create unique index firm_name_en_unique on firm (lower(name_en));

create table app_user (
    id            uuid primary key,
    firm_id       uuid not null references firm (id),
    username      text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
    display_name  text not null check (char_length(btrim(display_name)) between 1 and 100),
    email         text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    password_hash text not null,
    roles         text[] not null check (cardinality(roles) >= 1
                      and roles <@ array['MEMBER', 'FIRM_ADMIN', 'CHAIN_LEADER', 'STAFF']::text[]),
    locale        text not null default 'zh-CN' check (locale in ('zh-CN', 'en')),
    enabled       boolean not null default true,
    demo          boolean not null default false,
    created_at    timestamptz not null default now()
);
create unique index app_user_username_unique on app_user (username);
create index app_user_firm on app_user (firm_id);

-- Personal access tokens for the JSON API. Only a SHA-256 hash of the token is kept.
create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    token_hash   bytea not null check (octet_length(token_hash) = 32),
    name         text not null check (char_length(name) between 1 and 100),
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz
);
create unique index api_token_hash_unique on api_token (token_hash);
create index api_token_user on api_token (user_id);

-- Replays of POST requests that carried an Idempotency-Key, per user.
create table idempotency_record (
    user_id       uuid not null references app_user (id) on delete cascade,
    idem_key      text not null check (char_length(idem_key) between 1 and 200),
    request_hash  text not null,
    status        integer check (status between 100 and 599),
    location      text,
    etag          text,
    body          text,
    created_at    timestamptz not null default now(),
    primary key (user_id, idem_key)
);

-- Who did what, when. Append-only.
create table audit_event (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    actor_id     uuid references app_user (id),
    action       text not null check (char_length(action) between 1 and 100),
    subject_type text not null,
    subject_id   text not null,
    detail       text
);
create index audit_event_subject on audit_event (subject_type, subject_id);
create index audit_event_at on audit_event (at desc);
