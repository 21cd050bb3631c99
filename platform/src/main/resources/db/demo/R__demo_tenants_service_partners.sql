-- The demo vendors' service partners (服务网点). Its name sorts after R__demo_tenants.sql, and
-- Flyway runs repeatable scripts in that order, so the tenants exist first.
-- service_partners forces row-level security on its owner too: each tenant's rows are written
-- with that tenant set for the rest of this script's transaction.
-- Loaded only with the "demo" profile (the demo command and the tests), never in production.

-- Kunlun Computing (Beijing): its Beijing partner, whose person is the demo user kunlun-partner.
select set_config('app.tenant_id', '7a1f0c3e-0000-4000-8000-000000000001', true);
insert into service_partners (tenant_id, id, name, region_codes, accept_within_ms, usernames, phone) values
    ('7a1f0c3e-0000-4000-8000-000000000001', '7a1f0c3e-0000-4000-8001-000000000101', '北京中关村服务站',
     '{110000}', 7200000, '{kunlun-partner}', '+861066668888'),
    ('7a1f0c3e-0000-4000-8000-000000000001', '7a1f0c3e-0000-4000-8001-000000000102', '上海浦东服务网点',
     '{310000}', 14400000, '{}', '+862155556666')
on conflict (tenant_id, id) do update set name = excluded.name, region_codes = excluded.region_codes,
    accept_within_ms = excluded.accept_within_ms, usernames = excluded.usernames, phone = excluded.phone,
    active = true, version = service_partners.version + 1;

-- Sunhome Energy (Jinan): a partner in Jinan, whose person is sunhome-partner, and one for the rest of Shandong.
select set_config('app.tenant_id', '7a1f0c3e-0000-4000-8000-000000000002', true);
insert into service_partners (tenant_id, id, name, region_codes, accept_within_ms, usernames, phone) values
    ('7a1f0c3e-0000-4000-8000-000000000002', '7a1f0c3e-0000-4000-8001-000000000201', '济南日家服务站',
     '{370100}', 7200000, '{sunhome-partner}', '+8653166668888'),
    ('7a1f0c3e-0000-4000-8000-000000000002', '7a1f0c3e-0000-4000-8001-000000000202', '山东日家服务网点',
     '{370000}', 14400000, '{}', null)
on conflict (tenant_id, id) do update set name = excluded.name, region_codes = excluded.region_codes,
    accept_within_ms = excluded.accept_within_ms, usernames = excluded.usernames, phone = excluded.phone,
    active = true, version = service_partners.version + 1;

-- Huaxin Networks (Nanjing): a partner in Suzhou, the rest of Jiangsu in its terms.
select set_config('app.tenant_id', '7a1f0c3e-0000-4000-8000-000000000003', true);
insert into service_partners (tenant_id, id, name, region_codes, accept_within_ms, usernames, phone) values
    ('7a1f0c3e-0000-4000-8000-000000000003', '7a1f0c3e-0000-4000-8001-000000000301', '苏州华信服务网点',
     '{320500}', 3600000, '{}', '+8651266668888')
on conflict (tenant_id, id) do update set name = excluded.name, region_codes = excluded.region_codes,
    accept_within_ms = excluded.accept_within_ms, usernames = excluded.usernames, phone = excluded.phone,
    active = true, version = service_partners.version + 1;

select set_config('app.tenant_id', '', true);
