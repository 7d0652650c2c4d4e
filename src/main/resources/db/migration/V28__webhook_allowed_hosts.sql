-- The hosts and address blocks staff allow webhooks to reach although they lie in a private network (issue 16, "No
-- SSRF ... unless staff allow-list them"), besides portal.webhooks.allowed-hosts. An entry is written one way only
-- (notification.webhook.HostPattern): a lower-case host name, or a CIDR block with its host bits cleared, so it is
-- stored once. Every instance keeps the list in memory and drops it when a change is announced (decision 31).
create table webhook_allowed_host (
    id         uuid primary key,
    entry      text not null unique check (char_length(entry) between 1 and 253 and entry = lower(entry)
                   and entry ~ '^[a-z0-9_.:/-]+$'),
    kind       text not null check (kind in ('NAME', 'BLOCK')),
    note       text not null default '' check (char_length(note) <= 200 and note !~ '[[:cntrl:]]'),
    added_by   uuid references app_user (id) on delete set null,
    added_at   timestamptz not null,
    -- A block is an address and its prefix length; a name has neither ':' nor '/'.
    check ((kind = 'BLOCK') = (entry ~ '/[0-9]{1,3}$')),
    check (kind = 'BLOCK' or entry !~ '[:/]'),
    -- Never every address, never a cloud metadata service (the service refuses wider blocks holding one, too).
    check (entry not in ('0.0.0.0/0', '::/0', '169.254.169.254/32', '169.254.0.23/32', '100.100.100.200/32',
                         'fd00:ec2:0:0:0:0:0:254/128'))
);
