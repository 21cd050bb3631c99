-- The FastAGI IVR's tables: each tenant's menu, and complaints taken on the supervision line
-- (监督电话). Tenant-owned as in V5: tenant_id leads every key and index, row-level security fails closed.

-- One menu per tenant, as the JSON document the admin API validated. No row: the default menu.
create table ivr_menus (
    tenant_id   uuid not null references tenants (id),
    document    jsonb not null,
    version     integer not null default 0,
    updated_by  text not null default '',
    updated_at  timestamptz not null,
    primary key (tenant_id)
);

-- Complaint numbers are read back to callers like ticket numbers: short digits, one sequence.
create sequence complaint_numbers start with 500001;
grant usage on sequence complaint_numbers to ${appRole};

create table complaints (
    tenant_id      uuid not null references tenants (id),
    id             uuid not null,
    number         bigint not null unique,
    channel        text not null check (channel in ('ivr', 'phone', 'web')),
    -- Asterisk's Linkedid of the call it came in on, to find the call in the call log.
    linked_id      text not null default '' check (length(linked_id) <= 64),
    caller_phone   text check (caller_phone ~ '^\+[1-9][0-9]{6,14}$'),
    customer_id    uuid,
    text           text not null default '' check (length(text) <= 8000),
    recording_ref  text not null default '' check (length(recording_ref) <= 1000),
    recording_ms   bigint not null default 0 check (recording_ms >= 0),
    language       text not null default '' check (language in ('', 'zh', 'en')),
    status         text not null default 'open' check (status in ('open', 'replied', 'escalated', 'closed')),
    terms_version  integer,
    -- The reply the terms promise (complaintReply), on its clock; null when the terms promise none.
    reply_within_ms bigint check (reply_within_ms > 0),
    reply_clock    text check (reply_clock in ('business', 'around-the-clock')),
    reply_due_at   timestamptz,
    replied_at     timestamptz,
    created_at     timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id)
);
create index complaints_by_status on complaints (tenant_id, status, reply_due_at);
create index complaints_by_customer on complaints (tenant_id, customer_id, created_at desc) where customer_id is not null;

do $$
declare
    t text;
begin
    foreach t in array array['ivr_menus', 'complaints']
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

-- A caller keys a serial number on a phone keypad: only its digits. Finding the device by them
-- must not scan the tenant's devices.
create index devices_by_serial_digits on devices (tenant_id, (regexp_replace(serial_number, '[^0-9]', '', 'g')));

-- A caller's recorded description is an attachment of the ticket, registered by reference while
-- the file is still on the Asterisk host: its hash is not known then (null), unlike an upload's.
alter table ticket_attachments alter column sha256 drop not null;
