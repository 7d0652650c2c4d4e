-- Channels beyond the in-app centre (issue 16): a person or a firm chooses e-mail, a WeCom group robot or a DingTalk
-- custom robot. Every notice for them is queued here in the notifying transaction and sent by a job on every instance
-- (docs/architecture.md decision 32): exactly one instance locks a channel at a time (for update skip locked), sends
-- its due rows as one message (a digest when several), and logs the attempt.

create table notice_channel (
    id            uuid primary key,
    user_id       uuid references app_user (id) on delete cascade,
    firm_id       uuid references firm (id) on delete cascade,
    kind          text not null check (kind in ('EMAIL', 'WECOM', 'DINGTALK')),
    -- The robot's credentials sealed under portal.channels.key (the key, or token and secret on two lines), the id of
    -- that key, and the last four characters for the settings page; never shown again.
    key_id        text check (key_id ~ '^[A-Za-z0-9._-]{1,32}$'),
    sealed        bytea check (octet_length(sealed) <= 1024),
    hint          text check (hint ~ '^[A-Za-z0-9]{0,4}$'),
    locale        text not null default 'zh-CN' check (locale in ('zh-CN', 'en')),
    broken_at     timestamptz,
    broken_reason text check (char_length(broken_reason) <= 200),
    paused_until  timestamptz,
    created_at    timestamptz not null,
    check ((user_id is null) <> (firm_id is null)),
    check (kind <> 'EMAIL' or user_id is not null),
    check ((kind = 'EMAIL') = (sealed is null) and (sealed is null) = (key_id is null))
);
create unique index notice_channel_of_user on notice_channel (user_id, kind) where user_id is not null;
create unique index notice_channel_of_firm on notice_channel (firm_id, kind) where firm_id is not null;

create table notice_outbox (
    id          uuid primary key,
    channel_id  uuid not null references notice_channel (id) on delete cascade,
    message_key text not null check (char_length(message_key) between 1 and 200),
    args        text[] not null default '{}',
    link        text check (link is null or (char_length(link) <= 500 and link ~ '^[a-z0-9/_-]*$')),
    locale      text not null check (locale in ('zh-CN', 'en')),
    created_at  timestamptz not null,
    due_at      timestamptz not null,
    attempts    integer not null default 0 check (attempts between 0 and 100),
    state       text not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
    done_at     timestamptz,
    check ((state = 'PENDING') = (done_at is null))
);
create index notice_outbox_due on notice_outbox (channel_id, due_at) where state = 'PENDING';

-- Every attempt: when, for which channel, how many notices it carried, and what came back (no secrets, no text).
create table notice_delivery (
    id         bigint generated always as identity primary key,
    channel_id uuid not null references notice_channel (id) on delete cascade,
    at         timestamptz not null,
    notices    integer not null check (notices between 1 and 1000),
    outcome    text not null check (outcome in ('DELIVERED', 'RATE_LIMITED', 'MISCONFIGURED', 'REJECTED',
                                                'TRANSIENT')),
    reason     text check (char_length(reason) <= 200)
);
create index notice_delivery_recent on notice_delivery (channel_id, at desc);
