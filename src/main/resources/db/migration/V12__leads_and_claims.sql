-- Leads and deal registration (DESIGN §2.2): overseas buyer leads, who may see them, and exclusive claims on a
-- buyer × machine category for a window of time.

create extension if not exists pg_trgm;
create extension if not exists btree_gist;

-- The alliance's machine-category taxonomy, as data: codes are stable, names are bilingual.
create table machine_category (
    code     text primary key check (code ~ '^[A-Z][A-Z_]{1,39}$'),
    name_zh  text not null check (char_length(btrim(name_zh)) between 1 and 50),
    name_en  text not null check (char_length(btrim(name_en)) between 1 and 50),
    position integer not null unique
);
insert into machine_category (code, name_zh, name_en, position) values
    ('SPINNING', '纺纱机械', 'Spinning', 10),
    ('WEAVING', '织造机械', 'Weaving', 20),
    ('KNITTING', '针织机械', 'Knitting', 30),
    ('DYEING_FINISHING', '印染后整理', 'Dyeing & finishing', 40),
    ('NONWOVENS', '非织造布机械', 'Nonwovens', 50),
    ('BEARINGS_PARTS', '轴承及零部件', 'Bearings & parts', 60),
    ('TECHNICAL_TEXTILES', '产业用纺织品机械', 'Technical textiles', 70),
    ('GARMENT', '服装机械', 'Garment machinery', 80),
    ('OTHER', '其他', 'Other', 90);

-- What each firm makes: SELECTED leads shared "with firms in chosen categories" reach these firms.
create table firm_category (
    firm_id  uuid not null references firm (id) on delete cascade,
    category text not null references machine_category (code),
    primary key (firm_id, category)
);
create index firm_category_by_category on firm_category (category, firm_id);

-- The alliance's lead policy, one row, set by staff.
create table lead_policy (
    id                         boolean primary key default true check (id),
    members_may_share_alliance boolean not null default false,
    claim_window_days          integer not null default 90 check (claim_window_days between 7 and 365),
    updated_by                 uuid references app_user (id),
    updated_at                 timestamptz not null default now()
);
insert into lead_policy (id) values (true);

-- A buyer company as the alliance knows it: leads of several firms that describe the same company point at one
-- buyer, and claims are on the buyer. The name is the normalised one (BuyerNames) that matching compares.
create table buyer (
    id              uuid primary key,
    normalised_name text not null check (char_length(normalised_name) between 1 and 200),
    country         text not null check (country ~ '^[A-Z]{2}$'),
    created_at      timestamptz not null default now()
);
create index buyer_name_trgm on buyer using gin (normalised_name gin_trgm_ops);

create table lead (
    id              uuid primary key,
    buyer_id        uuid not null references buyer (id),
    owner_firm_id   uuid not null references firm (id),
    created_by      uuid references app_user (id),
    company_name    text not null check (char_length(btrim(company_name)) between 1 and 200),
    normalised_name text not null check (char_length(normalised_name) between 1 and 200),
    country         text not null check (country ~ '^[A-Z]{2}$'),
    city            text not null default '' check (char_length(city) <= 100),
    web_domain      text check (web_domain is null or web_domain ~ '^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$'),
    estimated_value numeric(16, 2) check (estimated_value is null or estimated_value between 0 and 10000000000),
    currency        text check (currency is null or currency ~ '^[A-Z]{3}$'),
    source          text not null check (source in ('FAIR', 'CHAIN_REFERRAL', 'CROSS_BORDER_ECOMMERCE',
                        'OVERSEAS_TRADE_ZONE', 'INBOUND')),
    fair_id         uuid references fair (id),
    notes           text not null default '' check (char_length(notes) <= 4000),
    visibility      text not null check (visibility in ('PRIVATE', 'ALLIANCE', 'SELECTED')),
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint lead_value_has_currency check ((estimated_value is null) = (currency is null))
);
create index lead_owner_recent on lead (owner_firm_id, created_at desc, id desc);
create index lead_recent on lead (created_at desc, id desc);
create index lead_alliance_recent on lead (created_at desc, id desc) where visibility = 'ALLIANCE';
create index lead_name_trgm on lead using gin (normalised_name gin_trgm_ops);
create index lead_buyer on lead (buyer_id);
create index lead_web_domain on lead (web_domain) where web_domain is not null;
create index lead_country on lead (country);

create table lead_category (
    lead_id  uuid not null references lead (id) on delete cascade,
    category text not null references machine_category (code),
    primary key (lead_id, category)
);
create index lead_category_by_category on lead_category (category, lead_id);

-- A buyer's people. Personal data: shown only on an audited reveal, never logged.
create table lead_contact (
    id           uuid primary key,
    lead_id      uuid not null references lead (id) on delete cascade,
    position     smallint not null check (position between 0 and 49),
    name         text not null check (char_length(btrim(name)) between 1 and 100),
    title        text not null default '' check (char_length(title) <= 100),
    email        text check (email is null or (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and char_length(email) <= 254)),
    email_domain text check (email_domain is null or email is not null),
    phone        text check (phone is null or phone ~ '^\+[1-9][0-9]{6,14}$'),
    wechat       text check (wechat is null or char_length(btrim(wechat)) between 1 and 64),
    whatsapp     text check (whatsapp is null or whatsapp ~ '^\+[1-9][0-9]{6,14}$'),
    unique (lead_id, position)
);
create index lead_contact_email_domain on lead_contact (email_domain) where email_domain is not null;
create index lead_contact_phone on lead_contact (phone) where phone is not null;
create index lead_contact_whatsapp on lead_contact (whatsapp) where whatsapp is not null;

-- SELECTED visibility: chosen firms, and firms making chosen categories.
create table lead_share_firm (
    lead_id uuid not null references lead (id) on delete cascade,
    firm_id uuid not null references firm (id) on delete cascade,
    primary key (lead_id, firm_id)
);
create index lead_share_firm_by_firm on lead_share_firm (firm_id, lead_id);

create table lead_share_category (
    lead_id  uuid not null references lead (id) on delete cascade,
    category text not null references machine_category (code),
    primary key (lead_id, category)
);

-- A SELECTED lead names at least one firm or category, checked at commit so the shares can follow the lead row.
create function lead_selected_has_shares() returns trigger language plpgsql as $$
begin
    if exists (select 1 from lead l where l.id = new.id and l.visibility = 'SELECTED')
       and not exists (select 1 from lead_share_firm s where s.lead_id = new.id)
       and not exists (select 1 from lead_share_category s where s.lead_id = new.id) then
        raise exception 'a SELECTED lead % shares with nobody', new.id using errcode = '23514';
    end if;
    return null;
end $$;
create constraint trigger lead_selected_has_shares after insert or update of visibility on lead
    deferrable initially deferred for each row execute function lead_selected_has_shares();

-- Deal registration. A claim gives a firm a buyer for some categories from valid_from until valid_until. It holds
-- while SUBMITTED or APPROVED and not LOST; past valid_until it has expired by itself, with no job to run.
create table claim (
    id          uuid primary key,
    buyer_id    uuid not null references buyer (id),
    lead_id     uuid not null references lead (id),
    firm_id     uuid not null references firm (id),
    claimed_by  uuid references app_user (id),
    status      text not null default 'SUBMITTED'
                    check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'RELEASED', 'TRANSFERRED')),
    stage       text not null default 'NEW' check (stage in ('NEW', 'CONTACTED', 'QUOTED', 'WON', 'LOST')),
    lost_reason text check (lost_reason is null or char_length(btrim(lost_reason)) between 1 and 500),
    valid_from  timestamptz not null,
    valid_until timestamptz not null,
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint claim_window_ordered check (valid_until > valid_from),
    constraint claim_lost_has_reason check ((stage = 'LOST') = (lost_reason is not null))
);
create index claim_firm_recent on claim (firm_id, created_at desc, id desc);
create index claim_recent on claim (created_at desc, id desc);
create index claim_buyer on claim (buyer_id);
create index claim_lead on claim (lead_id);

-- One row per claimed category. Its range and "held" flag are copied from the claim by triggers, never written by
-- the application, and the exclusion constraint lets at most one held claim cover a buyer × category at any instant:
-- of two firms claiming at once, exactly one commits.
create table claim_scope (
    claim_id uuid not null references claim (id) on delete cascade,
    category text not null references machine_category (code),
    buyer_id uuid not null,
    during   tstzrange not null,
    held     boolean not null,
    primary key (claim_id, category),
    constraint claim_scope_exclusive exclude using gist (buyer_id with =, category with =, during with &&)
        where (held)
);
create index claim_scope_buyer on claim_scope (buyer_id) where held;

create function claim_holds(c claim) returns boolean language sql immutable as $$
    select c.status in ('SUBMITTED', 'APPROVED') and c.stage <> 'LOST'
$$;

create function claim_scope_from_claim() returns trigger language plpgsql as $$
declare
    c claim;
begin
    select * into c from claim where id = new.claim_id;
    new.buyer_id := c.buyer_id;
    new.during := tstzrange(c.valid_from, c.valid_until);
    new.held := claim_holds(c);
    return new;
end $$;
create trigger claim_scope_from_claim before insert on claim_scope
    for each row execute function claim_scope_from_claim();

create function claim_scope_follows_claim() returns trigger language plpgsql as $$
begin
    update claim_scope
       set buyer_id = new.buyer_id, during = tstzrange(new.valid_from, new.valid_until), held = claim_holds(new)
     where claim_id = new.id;
    return null;
end $$;
create trigger claim_scope_follows_claim after update of buyer_id, status, stage, valid_from, valid_until on claim
    for each row execute function claim_scope_follows_claim();

-- Every claim keeps its full history: who did what, when, with which reason.
create table claim_event (
    id          bigint generated always as identity primary key,
    claim_id    uuid not null references claim (id) on delete cascade,
    at          timestamptz not null,
    actor_id    uuid references app_user (id),
    kind        text not null check (kind in ('SUBMITTED', 'STAGE', 'ACTIVITY', 'APPROVED', 'REJECTED', 'RELEASED',
                    'TRANSFERRED', 'EXTENDED')),
    stage       text check (stage is null or stage in ('NEW', 'CONTACTED', 'QUOTED', 'WON', 'LOST')),
    valid_until timestamptz,
    note        text check (note is null or char_length(btrim(note)) between 1 and 1000)
);
create index claim_event_claim on claim_event (claim_id, at);

-- Conflicts conflict detection found: a firm's new lead, imported row or claim that matched a buyer another firm
-- holds. Staff read these; members only ever see the blind signal.
create table lead_conflict (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    origin      text not null check (origin in ('CREATE', 'IMPORT', 'CLAIM')),
    firm_id     uuid not null references firm (id),
    actor_id    uuid references app_user (id),
    lead_id     uuid references lead (id) on delete set null,
    claim_id    uuid not null references claim (id) on delete cascade,
    categories  text[] not null check (cardinality(categories) >= 1),
    reasons     text[] not null check (cardinality(reasons) >= 1),
    name_score  real check (name_score is null or name_score between 0 and 1)
);
create index lead_conflict_recent on lead_conflict (at desc, id desc);
