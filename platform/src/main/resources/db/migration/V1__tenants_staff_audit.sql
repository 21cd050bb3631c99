-- Tenants are platform-level: they are read before any tenant is known (a token names its
-- organization, this table says which tenant that is), so they carry no row-level security.
create table tenants (
    id          uuid primary key,
    slug        text not null unique check (slug ~ '^[a-z][a-z0-9-]{1,39}$'),
    name        text not null check (length(name) between 1 and 200),
    time_zone   text not null,
    locale      text not null check (locale in ('zh-CN', 'en')),
    status      text not null default 'active' check (status in ('active', 'suspended')),
    created_at  timestamptz not null default now()
);

-- The users-to-tenant mapping: Keycloak users (by subject) as members of one tenant.
create table tenant_users (
    tenant_id     uuid not null references tenants (id),
    user_id       uuid not null,
    username      text not null,
    display_name  text,
    email         text,
    roles         text[] not null default '{}',
    extension     text,
    first_seen_at timestamptz not null,
    last_seen_at  timestamptz not null,
    primary key (tenant_id, user_id),
    unique (tenant_id, extension)
);
-- Not unique: Keycloak may hand a user name to a new account after the old one was deleted,
-- and the old account's history must keep its row.
create index tenant_users_by_username on tenant_users (tenant_id, username);

-- Append-only: the application role may insert and read, never change or delete.
create table audit_log (
    tenant_id    uuid not null references tenants (id),
    id           bigint generated always as identity,
    occurred_at  timestamptz not null default now(),
    actor_id     uuid,
    actor_name   text not null,
    action       text not null,
    target_type  text,
    target_id    text,
    details      jsonb not null default '{}',
    request_id   text,
    primary key (tenant_id, id)
);

-- Row-level security, the second line of defence behind the tenant condition every query has.
-- It fails closed: without app.tenant_id set in the transaction no row is visible or writable.
alter table tenant_users enable row level security;
alter table tenant_users force row level security;
create policy tenant_isolation on tenant_users
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy tenant_isolation on audit_log
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

grant select, insert, update on tenants to ${appRole};
grant select, insert, update, delete on tenant_users to ${appRole};
grant select, insert on audit_log to ${appRole};
