-- The customer archive (用户档案): customers, their phone numbers, addresses, contacts and devices.
-- Every table is tenant-owned: tenant_id leads the primary key and every index, child rows refer
-- to their customer through (tenant_id, customer_id) so a row can never hang under another
-- tenant's customer, and row-level security fails closed as in V1.
create table customers (
    tenant_id   uuid not null references tenants (id),
    id          uuid not null,
    kind        text not null check (kind in ('person', 'organisation')),
    category    text not null check (category in ('general', 'special', 'group', 'new-product')),
    name        text not null check (length(name) between 1 and 200),
    notes       text not null default '' check (length(notes) <= 4000),
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    primary key (tenant_id, id)
);
create index customers_by_name on customers (tenant_id, lower(name));

-- Several numbers per customer, E.164. A call is matched to its caller by any number of the
-- tenant in one indexed query; one number may belong to several customers (a shared office line).
create table customer_phones (
    tenant_id    uuid not null,
    customer_id  uuid not null,
    number       text not null check (number ~ '^\+[1-9][0-9]{6,14}$'),
    label        text not null default '' check (length(label) <= 50),
    created_at   timestamptz not null default now(),
    primary key (tenant_id, customer_id, number),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
create index customer_phones_by_number on customer_phones (tenant_id, number);

-- region_code: a Chinese administrative division code (110105 = Beijing, Chaoyang), which places
-- the address in one of the vendor's on-site region zones.
create table customer_addresses (
    tenant_id    uuid not null,
    id           uuid not null,
    customer_id  uuid not null,
    region_code  text not null check (region_code ~ '^[1-9][0-9]{5}$'),
    free_text    text not null default '' check (length(free_text) <= 500),
    created_at   timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
create index customer_addresses_by_customer on customer_addresses (tenant_id, customer_id);

-- People to talk to at an organisation (or for a person: a relative, a caretaker). Their numbers
-- find the customer too, through the same kind of index as customer_phones.
create table customer_contacts (
    tenant_id    uuid not null,
    id           uuid not null,
    customer_id  uuid not null,
    name         text not null check (length(name) between 1 and 200),
    role         text not null default '' check (length(role) <= 100),
    phone        text check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    email        text check (length(email) <= 254),
    created_at   timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
create index customer_contacts_by_customer on customer_contacts (tenant_id, customer_id);
create index customer_contacts_by_phone on customer_contacts (tenant_id, phone);

create table devices (
    tenant_id               uuid not null,
    id                      uuid not null,
    customer_id             uuid not null,
    product_line            text not null check (length(product_line) between 1 and 100),
    model                   text not null default '' check (length(model) <= 100),
    serial_number           text not null check (length(serial_number) between 1 and 100),
    purchase_date           date not null,
    acceptance_date         date check (acceptance_date >= purchase_date),
    dealer_sold             boolean not null default false,
    warranty_card_received  date,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, serial_number),
    foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
create index devices_by_customer on devices (tenant_id, customer_id);

alter table customers enable row level security;
alter table customers force row level security;
create policy tenant_isolation on customers
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table customer_phones enable row level security;
alter table customer_phones force row level security;
create policy tenant_isolation on customer_phones
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table customer_addresses enable row level security;
alter table customer_addresses force row level security;
create policy tenant_isolation on customer_addresses
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table customer_contacts enable row level security;
alter table customer_contacts force row level security;
create policy tenant_isolation on customer_contacts
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table devices enable row level security;
alter table devices force row level security;
create policy tenant_isolation on devices
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

grant select, insert, update, delete on customers to ${appRole};
grant select, insert, update, delete on customer_phones to ${appRole};
grant select, insert, update, delete on customer_addresses to ${appRole};
grant select, insert, update, delete on customer_contacts to ${appRole};
grant select, insert, update, delete on devices to ${appRole};
