-- The delegation's shared-cost ledger: costs (and subsidies) split among the participating firms by a rule.

create table cost_item (
    id             uuid primary key,
    delegation_id  uuid not null references delegation (id) on delete cascade,
    kind           text not null check (kind in ('BOOTH_RENT', 'PAVILION_BUILD', 'FREIGHT', 'INTERPRETERS', 'OTHER',
                       'SUBSIDY')),
    description    text not null check (char_length(btrim(description)) between 1 and 200),
    amount_cny     numeric(14, 2) not null check (amount_cny > 0),
    split_rule     text not null check (split_rule in ('BY_AREA', 'PER_TRAVELLER', 'EQUAL')),
    created_by     uuid references app_user (id),
    created_at     timestamptz not null
);
create index cost_item_delegation on cost_item (delegation_id, created_at);
