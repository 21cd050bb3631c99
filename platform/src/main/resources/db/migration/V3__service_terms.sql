-- Published versions of each tenant's service terms. A version is never changed once written:
-- tickets keep the version in force when they opened, so the application may only add rows.
create table service_terms (
    tenant_id       uuid not null references tenants (id),
    version         integer not null check (version > 0),
    effective_from  timestamptz not null,
    published_by    text not null,
    published_at    timestamptz not null default now(),
    document        jsonb not null,
    primary key (tenant_id, version)
);

alter table service_terms enable row level security;
alter table service_terms force row level security;
create policy tenant_isolation on service_terms
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

grant select, insert on service_terms to ${appRole};
