-- Tickets (服务请求), their SLA clocks, history, notes and attachments; service partners and
-- dispatches; the resolution record. Tenant-owned as in V4: tenant_id leads every key and index,
-- children refer to their ticket through (tenant_id, ticket_id), row-level security fails closed.

-- Ticket numbers are read back to callers by the IVR, so they are short digits. One platform-wide
-- sequence keeps creation free of a per-tenant counter row that every new ticket would lock.
create sequence ticket_numbers start with 100001;
grant usage on sequence ticket_numbers to ${appRole};

create table tickets (
    tenant_id       uuid not null references tenants (id),
    id              uuid not null,
    number          bigint not null unique,
    status          text not null check (status in ('new', 'acknowledged', 'dispatched', 'on-site', 'restored',
                                                    'resolved', 'closed', 'waiting-for-customer', 'reopened')),
    -- Where a paused ticket goes back to when the customer answers.
    status_before_wait text,
    severity        integer not null check (severity between 1 and 4),
    channel         text not null check (channel in ('phone', 'ivr', 'web', 'api')),
    terms_version   integer not null,
    customer_id     uuid,
    device_id       uuid,
    caller_name     text not null default '' check (length(caller_name) <= 200),
    caller_phone    text check (caller_phone ~ '^\+[1-9][0-9]{6,14}$'),
    region_code     text check (region_code ~ '^[1-9][0-9]{5}$'),
    address         text not null default '' check (length(address) <= 500),
    product_line    text not null default '' check (length(product_line) <= 100),
    serial_number   text not null default '' check (length(serial_number) <= 100),
    purchase_date   date,
    problem         text not null check (length(problem) between 1 and 8000),
    assignee_id     uuid,
    partner_id      uuid,
    escalation_tier text not null default '',
    reported_at     timestamptz not null,
    first_contact_at timestamptz,
    resolved_at     timestamptz,
    closed_at       timestamptz,
    version         integer not null default 0,
    created_by      uuid,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id),
    foreign key (tenant_id, device_id) references devices (tenant_id, id)
);
create index tickets_by_status on tickets (tenant_id, status, reported_at desc);
create index tickets_by_customer on tickets (tenant_id, customer_id, reported_at desc) where customer_id is not null;
create index tickets_by_assignee on tickets (tenant_id, assignee_id, reported_at desc) where assignee_id is not null;
create index tickets_by_partner on tickets (tenant_id, partner_id, reported_at desc) where partner_id is not null;
create index tickets_by_reported on tickets (tenant_id, reported_at desc);

-- One row per promise being measured. A severity change supersedes the running clocks and adds
-- new ones, so the history of what was promised when stays readable.
create table ticket_clocks (
    tenant_id     uuid not null,
    id            uuid not null,
    ticket_id     uuid not null,
    kind          text not null check (kind in ('first-response', 'escalation', 'restore', 'on-site', 'resolve', 'extra')),
    name          text not null default '',
    severity      integer not null,
    within_ms     bigint not null check (within_ms >= 0),
    clock         text not null check (clock in ('business', 'around-the-clock')),
    started_at    timestamptz not null,
    warn_at       timestamptz not null,
    due_at        timestamptz not null,
    paused_since  timestamptz,
    met_at        timestamptz,
    warned_at     timestamptz,
    breached_at   timestamptz,
    superseded_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);
create index ticket_clocks_by_ticket on ticket_clocks (tenant_id, ticket_id);
-- The board's "breached" filter and the supervisor's risk list.
create index ticket_clocks_breached on ticket_clocks (tenant_id, ticket_id) where breached_at is not null and superseded_at is null;

-- Waiting for the customer: every clock of the ticket stops for the interval.
create table ticket_pauses (
    tenant_id  uuid not null,
    ticket_id  uuid not null,
    started_at timestamptz not null,
    ended_at   timestamptz,
    reason     text not null default '' check (length(reason) <= 500),
    primary key (tenant_id, ticket_id, started_at),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);

-- The full history: every change with who made it and what it was, in order.
create table ticket_events (
    tenant_id  uuid not null,
    ticket_id  uuid not null,
    seq        bigint generated always as identity,
    at         timestamptz not null,
    actor_id   uuid,
    actor_name text not null,
    type       text not null,
    data       jsonb not null default '{}',
    primary key (tenant_id, ticket_id, seq),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);

create table ticket_notes (
    tenant_id  uuid not null,
    id         uuid not null,
    ticket_id  uuid not null,
    author_id  uuid,
    author_name text not null,
    -- Internal comments are for staff; notes are what the customer was told or may be told.
    internal   boolean not null,
    body       text not null check (length(body) between 1 and 8000),
    created_at timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);
create index ticket_notes_by_ticket on ticket_notes (tenant_id, ticket_id, created_at);

-- Metadata only: the bytes live in the object store the reference names.
create table ticket_attachments (
    tenant_id    uuid not null,
    id           uuid not null,
    ticket_id    uuid not null,
    file_name    text not null check (length(file_name) between 1 and 255),
    content_type text not null check (length(content_type) between 3 and 255),
    size_bytes   bigint not null check (size_bytes >= 0),
    sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_ref  text not null check (length(storage_ref) between 1 and 1000),
    added_by     uuid,
    added_at     timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);
create index ticket_attachments_by_ticket on ticket_attachments (tenant_id, ticket_id);

-- Service partners (服务网点): repair shops a vendor dispatches to, by the regions they cover.
create table service_partners (
    tenant_id         uuid not null references tenants (id),
    id                uuid not null,
    name              text not null check (length(name) between 1 and 200),
    region_codes      text[] not null,
    -- How soon the partner must accept and schedule the visit, e.g. 2 h, on its own clock.
    accept_within_ms  bigint not null check (accept_within_ms > 0),
    -- Keycloak usernames of the partner's people, who may act on its dispatches.
    usernames         text[] not null default '{}',
    phone             text check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    active            boolean not null default true,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    primary key (tenant_id, id)
);
create index service_partners_regions on service_partners using gin (region_codes);

alter table tickets add foreign key (tenant_id, partner_id) references service_partners (tenant_id, id);

create table ticket_dispatches (
    tenant_id      uuid not null,
    id             uuid not null,
    ticket_id      uuid not null,
    partner_id     uuid not null,
    status         text not null check (status in ('offered', 'accepted', 'refused', 'on-site', 'withdrawn')),
    dispatched_at  timestamptz not null,
    accept_due_at  timestamptz not null,
    answered_at    timestamptz,
    refusal_reason text not null default '' check (length(refusal_reason) <= 500),
    visit_at       timestamptz,
    engineer_name  text not null default '' check (length(engineer_name) <= 200),
    checked_in_at  timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade,
    foreign key (tenant_id, partner_id) references service_partners (tenant_id, id)
);
create index ticket_dispatches_by_ticket on ticket_dispatches (tenant_id, ticket_id, dispatched_at);
create index ticket_dispatches_by_partner on ticket_dispatches (tenant_id, partner_id, status);

-- What was wrong and what was done (维修记录), with what the customer paid and signed for.
create table ticket_resolutions (
    tenant_id        uuid not null,
    ticket_id        uuid not null,
    cause            text not null check (length(cause) between 1 and 4000),
    fix              text not null check (length(fix) between 1 and 4000),
    parts            jsonb not null default '[]',
    in_warranty      boolean not null,
    charging_rule    text not null,
    charge_cents     bigint not null check (charge_cents >= 0),
    currency         text not null default 'CNY' check (currency ~ '^[A-Z]{3}$'),
    charge_basis     text not null,
    signed_off_by    text not null default '' check (length(signed_off_by) <= 200),
    signed_off_at    timestamptz,
    analysis_report  text not null default '' check (length(analysis_report) <= 20000),
    recorded_by      uuid,
    recorded_at      timestamptz not null,
    primary key (tenant_id, ticket_id),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);

do $$
declare
    t text;
begin
    foreach t in array array['tickets', 'ticket_clocks', 'ticket_pauses', 'ticket_events', 'ticket_notes',
                             'ticket_attachments', 'service_partners', 'ticket_dispatches', 'ticket_resolutions']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy tenant_isolation on %I
            using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
            with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
        execute format('grant select, insert, update, delete on %I to ${appRole}', t);
    end loop;
end
$$;

-- The escalation scheduler's queue (db-scheduler's table). Platform-level like the tenants table:
-- it holds only ids and instants; the work itself runs inside the ticket's tenant.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
grant select, insert, update, delete on scheduled_tasks to ${appRole};
