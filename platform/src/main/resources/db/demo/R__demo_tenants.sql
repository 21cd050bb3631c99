-- The three demo vendors of ../shared/data, matching the organizations of infra/keycloak/helpdesk-realm.json.
-- Loaded only with the "demo" profile (the demo command and the tests), never in production.
insert into tenants (id, slug, name, time_zone, locale) values
    ('7a1f0c3e-0000-4000-8000-000000000001', 'kunlun',  'Kunlun Computing', 'Asia/Shanghai', 'zh-CN'),
    ('7a1f0c3e-0000-4000-8000-000000000002', 'sunhome', 'Sunhome Energy',   'Asia/Shanghai', 'zh-CN'),
    ('7a1f0c3e-0000-4000-8000-000000000003', 'huaxin',  'Huaxin Networks',  'Asia/Shanghai', 'zh-CN')
on conflict (id) do update set slug = excluded.slug, name = excluded.name,
    time_zone = excluded.time_zone, locale = excluded.locale;

-- Their 24/7 hotlines (fictional numbers in Beijing, Jinan and Hangzhou).
insert into hotlines (tenant_id, number, label) values
    ('7a1f0c3e-0000-4000-8000-000000000001', '+861088886666', '昆仑服务热线'),
    ('7a1f0c3e-0000-4000-8000-000000000002', '+8653188887777', '日家热线'),
    ('7a1f0c3e-0000-4000-8000-000000000003', '+8657188889999', '华信技术支持')
on conflict (number) do nothing;
