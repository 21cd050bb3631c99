-- Hotline numbers (DIDs), E.164. The dialled number is how a call finds its tenant, so numbers
-- are unique across the platform and read before any tenant is known: like tenants, this is a
-- platform-level routing table without row-level security. Admin queries filter by tenant_id.
create table hotlines (
    tenant_id   uuid not null references tenants (id),
    number      text not null unique check (number ~ '^\+[1-9][0-9]{6,14}$'),
    label       text not null default '',
    created_at  timestamptz not null default now(),
    primary key (tenant_id, number)
);

grant select, insert, update, delete on hotlines to ${appRole};
