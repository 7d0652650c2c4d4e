-- Travellers of approved applications (logistics pack, DESIGN §2.1): passport data, encrypted, and visa status.

-- Lets a traveller row name its application together with the application's delegation and firm, so the copies of
-- delegation_id and firm_id a traveller carries (for firm-scoped queries) can never disagree with its application.
alter table delegation_application
    add constraint delegation_application_scope unique (id, delegation_id, firm_id);

create table traveller (
    id                      uuid primary key,
    application_id          uuid not null,
    delegation_id           uuid not null,
    firm_id                 uuid not null,
    -- As printed in the passport, in Latin letters (stored in upper case); the Chinese name is optional.
    full_name               text not null check (char_length(full_name) between 1 and 100
                                and full_name = upper(full_name)),
    chinese_name            text check (chinese_name is null or char_length(chinese_name) between 1 and 30),
    nationality             text not null check (nationality ~ '^[A-Z]{2}$'),
    date_of_birth           date not null check (date_of_birth >= date '1900-01-01'),
    -- AES-256-GCM: 12-byte nonce, then the ciphertext and its 16-byte tag. Never the number in clear.
    passport_number         bytea not null check (octet_length(passport_number) between 12 + 16 + 1 and 12 + 16 + 64),
    -- Which configured key encrypted it (portal.passport.key-id), so keys can rotate.
    passport_key_id         text not null check (passport_key_id ~ '^[A-Za-z0-9._-]{1,32}$'),
    passport_expiry         date not null,
    role_title              text not null check (char_length(btrim(role_title)) between 1 and 100),
    visa_status             text not null default 'NOT_STARTED'
                                check (visa_status in ('NOT_STARTED', 'DOCUMENTS_READY', 'APPLIED', 'GRANTED',
                                    'REFUSED')),
    visa_status_changed_at  timestamptz not null,
    created_by              uuid not null references app_user (id),
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint not null default 0,
    constraint traveller_born_before_expiry check (date_of_birth < passport_expiry),
    constraint traveller_application foreign key (application_id, delegation_id, firm_id)
        references delegation_application (id, delegation_id, firm_id)
);
create index traveller_delegation on traveller (delegation_id, firm_id, created_at, id);
create index traveller_application on traveller (application_id);
-- Finds rows still encrypted with an older key.
create index traveller_passport_key on traveller (passport_key_id);

-- No more travellers than the seats the application holds, and only on an approved (or accepted) application.
-- The application row is locked first, so concurrent inserts for one application queue here; each statement of the
-- function then reads with a fresh snapshot and counts the rows the ones before it committed.
create function traveller_within_seats() returns trigger language plpgsql as $$
declare
    seats   integer;
    placed  text;
    taken   integer;
begin
    select a.travellers, a.status into seats, placed
    from delegation_application a where a.id = new.application_id
    for no key update;
    if placed is null or placed not in ('APPROVED', 'ACCEPTED') then
        raise exception 'traveller_needs_approved_place: the application is not approved'
            using errcode = 'check_violation', constraint = 'traveller_needs_approved_place';
    end if;
    select count(*) into taken from traveller t where t.application_id = new.application_id and t.id <> new.id;
    if taken >= seats then
        raise exception 'traveller_within_seats: no more travellers than the application''s % seats', seats
            using errcode = 'check_violation', constraint = 'traveller_within_seats';
    end if;
    return new;
end;
$$;

create trigger traveller_within_seats
    before insert or update of application_id on traveller
    for each row execute function traveller_within_seats();
