-- The in-app notification centre: one row per recipient, so reading is per person and scoping is by user.

create table notification (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    message_key  text not null check (char_length(message_key) between 1 and 200),
    args         text[] not null default '{}',
    link         text check (link is null or (char_length(link) <= 500 and link ~ '^[a-z0-9/_-]*$')),
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index notification_unread on notification (user_id, created_at desc) where read_at is null;
create index notification_recent on notification (user_id, created_at desc);
