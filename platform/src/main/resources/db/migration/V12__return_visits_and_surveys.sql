-- After the repair: return visits (回访), satisfaction surveys and the e-mail outbox. Tenant-owned
-- as in V5/V8: tenant_id leads every key and index, row-level security fails closed.

-- One return visit per resolution of a ticket: a ticket reopened and resolved again is visited again.
create table return_visits (
    tenant_id        uuid not null references tenants (id),
    id               uuid not null,
    ticket_id        uuid not null,
    ticket_number    bigint not null,
    resolved_at      timestamptz not null,
    customer_id      uuid,
    caller_name      text not null default '' check (length(caller_name) <= 200),
    caller_phone     text check (caller_phone ~ '^\+[1-9][0-9]{6,14}$'),
    key_customer     boolean not null default false,
    -- Whose work is being judged: the partner's engineer who went on site, else the staff member
    -- who recorded the fix; and the partner the ticket was dispatched to.
    engineer_name    text not null default '' check (length(engineer_name) <= 200),
    partner_id       uuid,
    due_at           timestamptz not null,
    status           text not null check (status in ('due', 'retry', 'reached', 'problem-persists', 'unreachable')),
    attempts         integer not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz,
    note             text not null default '' check (length(note) <= 2000),
    visited_by       uuid,
    visited_at       timestamptz,
    version          integer not null default 0,
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, ticket_id, resolved_at),
    foreign key (tenant_id, ticket_id) references tickets (tenant_id, id) on delete cascade
);
-- The clerks' worklist: open visits by when they fall (or fell) due.
create index return_visits_worklist on return_visits (tenant_id, status, (coalesce(next_attempt_at, due_at)));
create index return_visits_by_engineer on return_visits (tenant_id, engineer_name);
create index return_visits_by_partner on return_visits (tenant_id, partner_id) where partner_id is not null;

-- Calls placed for a visit through click-to-call: the call log holds the call under this Linkedid.
create table return_visit_calls (
    tenant_id   uuid not null,
    visit_id    uuid not null,
    linked_id   text not null check (length(linked_id) between 1 and 64),
    agent_id    uuid,
    placed_at   timestamptz not null,
    primary key (tenant_id, visit_id, linked_id),
    foreign key (tenant_id, visit_id) references return_visits (tenant_id, id) on delete cascade
);

-- Each tenant's satisfaction questions, as the JSON the admin API validated. No row: the default form.
create table survey_forms (
    tenant_id   uuid not null references tenants (id),
    document    jsonb not null,
    version     integer not null default 0,
    updated_by  text not null default '',
    updated_at  timestamptz not null,
    primary key (tenant_id)
);

-- One survey owed per return visit. The form is copied in when it is sent, so a later edit of the
-- questions does not change what a customer is answering.
create table survey_invitations (
    tenant_id       uuid not null references tenants (id),
    id              uuid not null,
    visit_id        uuid not null,
    ticket_id       uuid not null,
    customer_id     uuid,
    key_customer    boolean not null default false,
    engineer_name   text not null default '',
    partner_id      uuid,
    form            jsonb not null,
    status          text not null default 'pending' check (status in ('pending', 'answered', 'incomplete')),
    channel         text check (channel in ('web', 'phone', 'ivr')),
    answers         jsonb not null default '[]',
    -- The scored answers' mean on a 0..10 scale, and whether it reaches the form's pass score.
    score           numeric(4, 2) check (score between 0 and 10),
    passed          boolean,
    invited_at      timestamptz not null,
    expires_at      timestamptz not null,
    answered_at     timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, visit_id),
    foreign key (tenant_id, visit_id) references return_visits (tenant_id, id) on delete cascade
);
create index survey_invitations_outstanding on survey_invitations (tenant_id, status, key_customer, invited_at);
create index survey_invitations_by_engineer on survey_invitations (tenant_id, engineer_name);
-- The monthly quality report reads the surveys of the month's tickets.
create index survey_invitations_by_ticket on survey_invitations (tenant_id, ticket_id);

-- The public survey link names only the invitation: this platform-level table says whose it is
-- (read before any tenant is known, like tenants) and whether the link was used. Ids only.
create table survey_links (
    invitation_id  uuid primary key,
    tenant_id      uuid not null references tenants (id),
    used_at        timestamptz
);
grant select, insert, update on survey_links to ${appRole};

-- Per-tenant mail templates, per kind and language; no row: the built-in template.
create table mail_templates (
    tenant_id   uuid not null references tenants (id),
    kind        text not null check (kind in ('escalation', 'dispatch-offer', 'survey-link')),
    language    text not null check (language in ('zh', 'en')),
    subject     text not null check (length(subject) between 1 and 300),
    body        text not null check (length(body) between 1 and 20000),
    updated_at  timestamptz not null,
    primary key (tenant_id, kind, language)
);

-- The outbox of e-mails: written in the business transaction, sent after it committed by a
-- db-scheduler task, retried with back-off when the SMTP server is away.
create table mail_outbox (
    tenant_id        uuid not null references tenants (id),
    id               uuid not null,
    kind             text not null,
    language         text not null,
    recipient        text not null check (length(recipient) between 3 and 254),
    subject          text not null,
    body             text not null,
    status           text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text not null default '',
    created_at       timestamptz not null,
    sent_at          timestamptz,
    primary key (tenant_id, id)
);
create index mail_outbox_pending on mail_outbox (next_attempt_at) where status = 'pending';

do $$
declare
    t text;
begin
    foreach t in array array['return_visits', 'return_visit_calls', 'survey_forms', 'survey_invitations',
                             'mail_templates', 'mail_outbox']
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

-- Where a service partner receives dispatch offers by e-mail; null: it learns of them in its app only.
alter table service_partners add column mail_address text check (length(mail_address) between 3 and 254);
