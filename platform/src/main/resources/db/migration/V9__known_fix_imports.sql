-- Known fixes that did not come from this platform's tickets: a vendor's earlier fault reports,
-- imported (the demo corpus is one). They are kept here, not only in Elasticsearch, because the
-- search index is derived data: a rebuild starts from PostgreSQL (resolved tickets and these rows).
create table known_fix_imports (
    tenant_id    uuid not null references tenants (id),
    id           text not null check (id ~ '^[A-Za-z0-9._-]{1,100}$'),
    product_line text not null default '' check (length(product_line) <= 100),
    model        text not null default '' check (length(model) <= 100),
    title        text not null default '' check (length(title) <= 500),
    symptom      text not null default '' check (length(symptom) <= 8000),
    cause        text not null default '' check (length(cause) <= 4000),
    fix          text not null default '' check (length(fix) <= 4000),
    parts        jsonb not null default '[]',
    severity     integer not null check (severity between 1 and 4),
    resolved_at  timestamptz not null,
    imported_at  timestamptz not null default now(),
    primary key (tenant_id, id),
    check (length(symptom) + length(cause) + length(fix) > 0)
);

alter table known_fix_imports enable row level security;
alter table known_fix_imports force row level security;
create policy tenant_isolation on known_fix_imports
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update, delete on known_fix_imports to ${appRole};
