-- The call log (通话记录): every call a tenant's hotline took or an agent placed, correlated across its
-- legs by Asterisk's Linkedid. Written when the call ends; a replayed end (after an AMI reconnect)
-- updates the same row instead of adding one.
create table calls (
    tenant_id       uuid not null references tenants (id),
    id              uuid not null,
    server          text not null,
    linked_id       text not null,
    direction       text not null check (direction in ('inbound', 'outbound')),
    did             text not null default '',
    caller_id       text not null default '',
    caller_name     text not null default '',
    customer_id     uuid,
    ticket_id       uuid,
    started_at      timestamptz not null,
    queued_at       timestamptz,
    answered_at     timestamptz,
    ended_at        timestamptz,
    queue           text not null default '',
    rang            text[] not null default '{}',
    answered_by     text not null default '',
    agent_id        uuid,
    transferred_to  text not null default '',
    hangup_cause    text not null default '',
    disposition     text not null check (disposition in ('answered', 'abandoned', 'ivr-only', 'failed', 'live')),
    recording       text not null default '',
    ivr_path        text[] not null default '{}',
    wait_ms         bigint not null default 0,
    talk_ms         bigint not null default 0,
    legs            jsonb not null default '[]',
    primary key (tenant_id, id),
    unique (tenant_id, server, linked_id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id)
);
create index calls_by_started on calls (tenant_id, started_at desc);
create index calls_by_customer on calls (tenant_id, customer_id, started_at desc) where customer_id is not null;
create index calls_by_caller on calls (tenant_id, caller_id, started_at desc);
create index calls_by_agent on calls (tenant_id, agent_id, started_at desc) where agent_id is not null;

alter table calls enable row level security;
alter table calls force row level security;
create policy tenant_isolation on calls
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update, delete on calls to ${appRole};
