-- What the monthly quality report (report package) reads, arranged so that a month of a tenant with a
-- million tickets a year is a handful of index range scans instead of a lookup per ticket.
--
-- The report counts the tickets reported in a month. Their clocks, dispatches, resolutions and
-- history sit in child tables keyed by the ticket's random UUID, so looking them up ticket by ticket
-- touches pages all over each index (measured: 82,000 lookups reading 72,000 pages of the clocks
-- index, 3 s). So each child row also carries its ticket's reported_at, an instant that never changes
-- once the ticket exists, filled by a trigger from the ticket row; indexes led by it hold one month's
-- rows side by side. Existing code inserts child rows as before and knows nothing of the column.

create function fill_ticket_reported_at() returns trigger language plpgsql as $$
begin
    if new.ticket_reported_at is null then
        select t.reported_at into new.ticket_reported_at
          from tickets t where t.tenant_id = new.tenant_id and t.id = new.ticket_id;
    end if;
    return new;
end
$$;

alter table ticket_clocks add column ticket_reported_at timestamptz;
alter table ticket_dispatches add column ticket_reported_at timestamptz;
alter table ticket_resolutions add column ticket_reported_at timestamptz;
-- Repeat faults compare the devices' repairs by cause: the ticket's device and a fixed-size key of the
-- cause as written (trimmed, case folded) sit on the resolution, so one index answers them.
alter table ticket_resolutions add column device_id uuid;
-- The fault a repair fixed, for repeat faults: the vendor's fault code where the engineer gave one
-- (V13, stored in lower case: the same key the caller archive's repeat-fault watch counts by),
-- otherwise the cause as written, trimmed and in lower case.
alter table ticket_resolutions add column cause_key text generated always as (md5(
    case when fault_code <> '' then 'code:' || fault_code else 'cause:' || lower(btrim(cause)) end)) stored;
alter table ticket_events add column ticket_reported_at timestamptz;

-- A resolution also takes its ticket's device (fixed at intake).
create function fill_resolution_ticket_facts() returns trigger language plpgsql as $$
begin
    select t.reported_at, t.device_id into new.ticket_reported_at, new.device_id
      from tickets t where t.tenant_id = new.tenant_id and t.id = new.ticket_id;
    return new;
end
$$;

-- Existing rows. Row-level security is forced on the owner too (V5), and this migration runs as the
-- owner without a tenant: lifted for the copy, put back right after, all in the migration's transaction.
alter table tickets no force row level security;
alter table ticket_clocks no force row level security;
alter table ticket_dispatches no force row level security;
alter table ticket_resolutions no force row level security;
alter table ticket_events no force row level security;
update ticket_clocks c set ticket_reported_at = t.reported_at
  from tickets t where t.tenant_id = c.tenant_id and t.id = c.ticket_id;
update ticket_dispatches d set ticket_reported_at = t.reported_at
  from tickets t where t.tenant_id = d.tenant_id and t.id = d.ticket_id;
update ticket_resolutions r set ticket_reported_at = t.reported_at, device_id = t.device_id
  from tickets t where t.tenant_id = r.tenant_id and t.id = r.ticket_id;
-- Of the history only the status changes are read (resolved, reopened).
update ticket_events e set ticket_reported_at = t.reported_at
  from tickets t where t.tenant_id = e.tenant_id and t.id = e.ticket_id and e.type = 'status';
alter table tickets force row level security;
alter table ticket_clocks force row level security;
alter table ticket_dispatches force row level security;
alter table ticket_resolutions force row level security;
alter table ticket_events force row level security;

alter table ticket_clocks alter column ticket_reported_at set not null;
alter table ticket_dispatches alter column ticket_reported_at set not null;
alter table ticket_resolutions alter column ticket_reported_at set not null;

create trigger ticket_reported_at before insert on ticket_clocks
    for each row execute function fill_ticket_reported_at();
create trigger ticket_reported_at before insert on ticket_dispatches
    for each row execute function fill_ticket_reported_at();
create trigger ticket_reported_at before insert on ticket_resolutions
    for each row execute function fill_resolution_ticket_facts();
create trigger ticket_reported_at before insert on ticket_events
    for each row when (new.type = 'status') execute function fill_ticket_reported_at();

-- SLA compliance: the promises in force of the month's tickets, read from the index alone
-- (superseded clocks are history, never counted).
create index ticket_clocks_by_reported on ticket_clocks (tenant_id, ticket_reported_at)
    include (ticket_id, kind, name, due_at, met_at, breached_at, paused_since) where superseded_at is null;

-- Partner performance and first-time fix: the month's tickets' dispatches.
create index ticket_dispatches_by_reported on ticket_dispatches (tenant_id, ticket_reported_at)
    include (ticket_id, partner_id, status, answered_at, accept_due_at, visit_at, checked_in_at);

-- Causes and repeat faults: the month's resolutions (the cause, free text, is read from the table).
create index ticket_resolutions_by_reported on ticket_resolutions (tenant_id, ticket_reported_at) include (device_id);

-- Repeat faults: every repair of the devices repaired this month, by cause.
create index ticket_resolutions_by_device on ticket_resolutions (tenant_id, device_id, cause_key)
    include (ticket_reported_at, recorded_at) where device_id is not null;

-- First-time fix: when the month's tickets were first resolved and whether they were reopened.
create index ticket_events_resolved_reopened on ticket_events (tenant_id, ticket_reported_at, ticket_id, (data ->> 'to'), at)
    where type = 'status' and data ->> 'to' in ('resolved', 'reopened');

-- Complaints: the month's complaints are read through V13's complaints_by_created.
