-- After-repair follow-up: complaints on the supervision line as cases of their own, preventive
-- inspections (巡检) with their report clock, and the fault code of each repair for the
-- repeat-fault watch. Tenant-owned as in V5/V8: tenant_id leads every key and index,
-- row-level security fails closed.

-- The vendor's fault code of a repair: repairs of one device with the same code count towards
-- the repeated-failure rules (three guarantees, "same fault three times → new unit").
alter table ticket_resolutions add column fault_code text not null default ''
    check (length(fault_code) <= 64);
create index tickets_by_device on tickets (tenant_id, device_id, reported_at) where device_id is not null;

-- Complaints (V8) become cases: open → replied → resolved → closed, escalated up tiers on a
-- schedule derived from the terms' reply target, with history, notes and links.
update complaints set status = 'open' where status = 'escalated';
alter table complaints drop constraint complaints_status_check;
alter table complaints add constraint complaints_status_check
    check (status in ('open', 'replied', 'resolved', 'closed'));
alter table complaints
    add column subject         text not null default '' check (length(subject) <= 200),
    add column complainant     text not null default '' check (length(complainant) <= 200),
    add column escalation_tier text not null default '' check (length(escalation_tier) <= 100),
    add column assignee_id     uuid,
    add column reply           text not null default '' check (length(reply) <= 8000),
    add column replied_by      uuid,
    add column reply_breached_at timestamptz,
    add column outcome         text not null default '' check (length(outcome) <= 8000),
    add column resolved_at     timestamptz,
    add column closed_at       timestamptz,
    add column created_by      uuid,
    add column version         integer not null default 0,
    add column updated_at      timestamptz;
create index complaints_by_created on complaints (tenant_id, created_at desc);

-- The escalation chain of one complaint: each tier falls due at its share of the reply target
-- and is fired once (fired_at), by whichever node's scheduler gets there first.
create table complaint_escalations (
    tenant_id    uuid not null,
    complaint_id uuid not null,
    step         integer not null check (step >= 0),
    tier         text not null check (length(tier) between 1 and 100),
    due_at       timestamptz not null,
    fired_at     timestamptz,
    primary key (tenant_id, complaint_id, step),
    foreign key (tenant_id, complaint_id) references complaints (tenant_id, id) on delete cascade
);

-- The tickets and the staff a complaint is about.
create table complaint_links (
    tenant_id    uuid not null,
    complaint_id uuid not null,
    kind         text not null check (kind in ('ticket', 'staff')),
    target_id    uuid not null,
    primary key (tenant_id, complaint_id, kind, target_id),
    foreign key (tenant_id, complaint_id) references complaints (tenant_id, id) on delete cascade
);
create index complaint_links_by_target on complaint_links (tenant_id, kind, target_id);

create table complaint_events (
    tenant_id    uuid not null,
    complaint_id uuid not null,
    seq          bigint generated always as identity,
    at           timestamptz not null,
    actor_id     uuid,
    actor_name   text not null,
    type         text not null,
    data         jsonb not null default '{}',
    primary key (tenant_id, complaint_id, seq),
    foreign key (tenant_id, complaint_id) references complaints (tenant_id, id) on delete cascade
);

create table complaint_notes (
    tenant_id    uuid not null,
    id           uuid not null,
    complaint_id uuid not null,
    author_id    uuid,
    author_name  text not null,
    body         text not null check (length(body) between 1 and 8000),
    created_at   timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, complaint_id) references complaints (tenant_id, id) on delete cascade
);
create index complaint_notes_by_complaint on complaint_notes (tenant_id, complaint_id, created_at);

-- Preventive inspections: a plan per customer (or one of its devices) at the terms' interval,
-- done by an engineer of the vendor or by a service partner.
create table inspection_plans (
    tenant_id       uuid not null references tenants (id),
    id              uuid not null,
    customer_id     uuid not null,
    device_id       uuid,
    interval        text not null check (interval in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'TWICE_YEARLY', 'YEARLY')),
    first_visit_on  date not null,
    -- The next visit not generated yet; the generator moves it on by the interval.
    next_visit_on   date not null,
    assignee_id     uuid,
    partner_id      uuid,
    notes           text not null default '' check (length(notes) <= 2000),
    active          boolean not null default true,
    version         integer not null default 0,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id),
    foreign key (tenant_id, device_id) references devices (tenant_id, id),
    foreign key (tenant_id, partner_id) references service_partners (tenant_id, id),
    check (assignee_id is null or partner_id is null)
);
create index inspection_plans_due on inspection_plans (tenant_id, next_visit_on) where active;

create table inspection_visits (
    tenant_id        uuid not null,
    id               uuid not null,
    plan_id          uuid not null,
    customer_id      uuid not null,
    device_id        uuid,
    scheduled_on     date not null,
    assignee_id      uuid,
    partner_id       uuid,
    status           text not null default 'scheduled' check (status in ('scheduled', 'reported', 'cancelled')),
    visited_on       date,
    -- The report clock: due at the close of the last of the terms' working days after the visit.
    report_due_at    timestamptz,
    report_warn_at   timestamptz,
    report_warned_at timestamptz,
    report_breached_at timestamptz,
    checklist        jsonb not null default '[]',
    findings         text not null default '' check (length(findings) <= 8000),
    readings         jsonb not null default '[]',
    signed_off_by    text not null default '' check (length(signed_off_by) <= 200),
    reported_at      timestamptz,
    reported_by      text not null default '' check (length(reported_by) <= 200),
    version          integer not null default 0,
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, plan_id, scheduled_on),
    foreign key (tenant_id, plan_id) references inspection_plans (tenant_id, id) on delete cascade,
    foreign key (tenant_id, partner_id) references service_partners (tenant_id, id)
);
create index inspection_visits_by_date on inspection_visits (tenant_id, scheduled_on);
create index inspection_visits_by_partner on inspection_visits (tenant_id, partner_id, scheduled_on) where partner_id is not null;

do $$
declare
    t text;
begin
    foreach t in array array['complaint_escalations', 'complaint_links', 'complaint_events', 'complaint_notes',
                             'inspection_plans', 'inspection_visits']
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
