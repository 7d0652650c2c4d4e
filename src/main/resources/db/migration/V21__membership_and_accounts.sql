-- Membership and accounts outside demo mode (issue 14): staff enrol, suspend, reinstate and end member firms; people
-- are invited, deactivated and sign in with a second factor; sessions and tokens can be ended from anywhere.

-- The Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet (no I, O,
-- S, V, Z), the 3rd to 8th an administrative division code, the 18th a check character over the first 17.
create function credit_code_valid(code text) returns boolean
    language sql immutable strict parallel safe
as $$
    select code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'
       and substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
                  (31 - (select sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, i, 1)) - 1)
                                    * (array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])[i])
                         from generate_series(1, 17) as i)::integer % 31) % 31 + 1, 1)
           = substr(code, 18, 1)
$$;

alter table firm drop constraint firm_kind_check;
alter table firm add constraint firm_kind_check
    check (kind in ('ASSOCIATION', 'CHAIN_LEADER', 'MEMBER', 'SERVICE_PROVIDER'));

alter table firm
    add column credit_code           text constraint firm_credit_code_valid
                                          check (credit_code is null or credit_code_valid(credit_code)),
    add column contact_name          text not null default ''
                                          check (char_length(contact_name) <= 100),
    add column contact_phone         text not null default ''
                                          check (char_length(contact_phone) <= 40),
    add column contact_email         text check (contact_email is null
                                          or (char_length(contact_email) <= 254
                                              and contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')),
    add column joined_on             date,
    -- ACTIVE firms' people may sign in; SUSPENDED (for a while, e.g. unpaid fees) and ENDED (left the alliance) keep
    -- every record but nobody of theirs signs in. Both can be reinstated.
    add column membership            text not null default 'ACTIVE'
                                          check (membership in ('ACTIVE', 'SUSPENDED', 'ENDED')),
    add column membership_changed_at timestamptz,
    add column membership_reason     text check (membership_reason is null or char_length(membership_reason) <= 500),
    add column version               integer not null default 0 check (version >= 0),
    add constraint firm_association_stays check (kind <> 'ASSOCIATION' or membership = 'ACTIVE');
update firm set joined_on = created_at::date;
alter table firm alter column joined_on set not null, alter column joined_on set default current_date;
create unique index firm_credit_code_unique on firm (credit_code);
create index firm_membership on firm (membership, kind);

alter table app_user
    -- Set with the firm's membership: the account service refuses sign-ins of a suspended or ended firm without
    -- reading the firm table, and reinstating the firm clears it again (unlike a person's own deactivation).
    add column firm_suspended       boolean not null default false,
    add column must_change_password boolean not null default false,
    add column password_changed_at  timestamptz,
    -- TOTP (RFC 6238): the shared secret once enrolment is confirmed, and the last time step used, so that a code is
    -- accepted once only.
    add column mfa_secret           bytea check (mfa_secret is null or octet_length(mfa_secret) = 20),
    add column mfa_enrolled_at      timestamptz,
    add column mfa_last_step        bigint,
    add column deactivated_at       timestamptz,
    add constraint app_user_mfa_complete check ((mfa_secret is null) = (mfa_enrolled_at is null)),
    add constraint app_user_email_length check (email is null or char_length(email) <= 254);
create unique index app_user_email_unique on app_user (lower(email)) where email is not null;

-- A firm always keeps one active admin once it has one (the association: one active staff member). Checked under a
-- lock on the firm's row, so that two admins demoting each other at once cannot both succeed.
create function app_user_keeps_an_admin() returns trigger
    language plpgsql
as $$
declare
    kept_role text;
begin
    select case kind when 'ASSOCIATION' then 'STAFF' else 'FIRM_ADMIN' end into kept_role
        from firm where id = old.firm_id for update;
    if old.enabled and old.roles @> array[kept_role]
       and not (new.enabled and new.roles @> array[kept_role] and new.firm_id = old.firm_id)
       and not exists (select 1 from app_user other
                       where other.firm_id = old.firm_id and other.id <> old.id
                         and other.enabled and other.roles @> array[kept_role]) then
        raise exception 'firm % would lose its last %', old.firm_id, kept_role
            using errcode = 'EA001';
    end if;
    return new;
end
$$;
create trigger app_user_keeps_an_admin before update of roles, enabled, firm_id on app_user
    for each row execute function app_user_keeps_an_admin();

alter table api_token
    add column expires_at   timestamptz,
    add column last_used_at timestamptz,
    add constraint api_token_expires_after_creation check (expires_at is null or expires_at > created_at);

-- Signed-in UI sessions, so that a person sees theirs and any instance can end them: each instance looks here every
-- few seconds for sessions ended since it last looked and closes the ones it holds.
create table user_session (
    id             uuid primary key,
    user_id        uuid not null references app_user (id) on delete cascade,
    signed_in_at   timestamptz not null,
    last_seen_at   timestamptz not null,
    user_agent     text not null default '' check (char_length(user_agent) <= 300),
    client_address text not null default '' check (char_length(client_address) <= 64),
    ended_at       timestamptz,
    end_reason     text check (end_reason in ('SIGNED_OUT', 'ENDED_BY_USER', 'PASSWORD_CHANGED', 'PASSWORD_RESET',
                                              'DEACTIVATED', 'FIRM_SUSPENDED', 'EXPIRED')),
    constraint user_session_end_has_reason check ((ended_at is null) = (end_reason is null)),
    constraint user_session_seen_after_start check (last_seen_at >= signed_in_at)
);
create index user_session_live on user_session (user_id) where ended_at is null;
create index user_session_ended on user_session (ended_at) where ended_at is not null;

-- Single-use links by e-mail (a password reset). Only a SHA-256 of the link's secret is kept.
create table account_link (
    token_hash bytea primary key check (octet_length(token_hash) = 32),
    purpose    text not null check (purpose in ('PASSWORD_RESET')),
    user_id    uuid not null references app_user (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    constraint account_link_expires_after_creation check (expires_at > created_at)
);
create index account_link_user on account_link (user_id);

create table mfa_recovery_code (
    user_id   uuid not null references app_user (id) on delete cascade,
    code_hash bytea not null check (octet_length(code_hash) = 32),
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- Invitations to join a firm: staff invite a firm's first admin, a firm's admins their colleagues.
create table invitation (
    id          uuid primary key,
    firm_id     uuid not null references firm (id),
    email       text not null check (char_length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    roles       text[] not null check (cardinality(roles) >= 1
                    and roles <@ array['MEMBER', 'FIRM_ADMIN', 'CHAIN_LEADER', 'STAFF']::text[]),
    locale      text not null check (locale in ('zh-CN', 'en')),
    token_hash  bytea not null check (octet_length(token_hash) = 32),
    invited_by  uuid references app_user (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    sent_at     timestamptz not null,
    sent_count  integer not null default 1 check (sent_count between 1 and 50),
    accepted_at timestamptz,
    accepted_by uuid references app_user (id),
    revoked_at  timestamptz,
    constraint invitation_expires_after_sending check (expires_at > sent_at and sent_at >= created_at),
    constraint invitation_accepted_or_revoked check (accepted_at is null or revoked_at is null),
    constraint invitation_acceptance_complete check ((accepted_at is null) = (accepted_by is null))
);
create unique index invitation_token on invitation (token_hash);
create unique index invitation_one_open_per_address on invitation (firm_id, lower(email))
    where accepted_at is null and revoked_at is null;
create index invitation_firm on invitation (firm_id, created_at desc);
