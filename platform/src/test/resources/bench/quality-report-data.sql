-- A year of one tenant's after-sales work for the quality-report benchmark: ${tickets} tickets from
-- ${start} on, evenly over 365 days, with their clocks, dispatches, resolutions, resolved/reopened
-- history entries and complaints. Reproducible: every random figure comes from setseed.
-- Run by QualityReportBenchmark as the schema owner, inside the tenant (row-level security).
select set_config('app.tenant_id', '${tenant}', false);
select setseed(0.42);

insert into service_partners (tenant_id, id, name, region_codes, accept_within_ms)
select '${tenant}', md5('bench-partner-' || g)::uuid, '基准网点 ' || g, array['11' || lpad(g::text, 4, '0')], 7200000
  from generate_series(1, 40) g;

insert into customers (tenant_id, id, kind, category, name)
select '${tenant}', md5('bench-customer-' || g)::uuid, 'person', 'general', '基准客户 ' || g
  from generate_series(1, 200000) g;

-- 8 product lines of 5 models each.
insert into devices (tenant_id, id, customer_id, product_line, model, serial_number, purchase_date)
select '${tenant}', md5('bench-device-' || g)::uuid, md5('bench-customer-' || (1 + g % 200000))::uuid,
       (array['笔记本 laptop', '服务器 server', '台式机 desktop', '打印机 printer', '交换机 switch',
              '存储 storage', '显示器 monitor', '工作站 workstation'])[1 + g % 8],
       'M' || (1 + g % 8) || '-' || (1 + (g / 8) % 5), 'BENCH-SN-' || g, date '2024-01-01' + g % 600
  from generate_series(1, 300000) g;

-- One row of random draws per ticket; the tables below are derived from it.
create temp table bench_draws as
select g as n,
       md5('bench-ticket-' || g)::uuid as id,
       timestamptz '${start}' + (g - 1) * (interval '365 days' / ${tickets}) + random() * interval '20 minutes' as reported_at,
       -- a skewed device choice: some devices fail often, which makes repeat faults
       1 + floor(power(random(), 2) * 300000)::int as device,
       1 + floor(random() * 4)::int as severity,
       random() as r_status, random() as r_response, random() as r_restore, random() as r_dispatch,
       random() as r_accept, random() as r_visit, random() as r_cause, random() as r_reopen, random() as r_zone,
       random() as r_resolve
  from generate_series(1, ${tickets}) g;

create temp table bench_tickets as
select d.*,
       d.reported_at + d.r_response * interval '15 minutes' as first_contact_at,
       case when d.r_status < 0.95 then d.reported_at + interval '30 minutes' + d.r_resolve * interval '36 hours' end as resolved_at,
       case when d.r_status < 0.90 then 'closed' when d.r_status < 0.95 then 'resolved'
            when d.r_status < 0.97 then 'dispatched' else 'acknowledged' end as status,
       (array['home-city', 'province', 'elsewhere'])[1 + floor(d.r_zone * 3)::int] as zone,
       md5('bench-partner-' || (1 + d.n % 40))::uuid as partner
  from bench_draws d;

insert into tickets (tenant_id, id, number, status, severity, channel, terms_version, customer_id, device_id,
                     caller_name, region_code, product_line, serial_number, problem, partner_id, reported_at,
                     first_contact_at, resolved_at, closed_at, created_at, updated_at)
select '${tenant}', t.id, 900000000 + t.n, t.status, t.severity, 'phone', 1, dv.customer_id, dv.id,
       '基准来电', '110105', dv.product_line, dv.serial_number, '基准故障 benchmark fault',
       case when t.r_dispatch < 0.75 then t.partner end, t.reported_at, t.first_contact_at, t.resolved_at,
       case when t.status = 'closed' then t.resolved_at + interval '1 day' end, t.reported_at, t.reported_at
  from bench_tickets t
  join devices dv on dv.tenant_id = '${tenant}' and dv.id = md5('bench-device-' || t.device)::uuid;

-- Dispatches: 75 % of the tickets; 5 % of those were first refused by another partner, 4 % needed a
-- second visit. The engineer checks in between 20 minutes and 8 hours after the offer.
create temp table bench_dispatches as
select t.id as ticket_id, md5('bench-dispatch-' || t.n || '-1')::uuid as id, t.partner,
       t.first_contact_at + interval '5 minutes' as dispatched_at, t.r_accept, t.r_visit, t.resolved_at, 1 as visit
  from bench_tickets t where t.r_dispatch < 0.75
union all
select t.id, md5('bench-dispatch-' || t.n || '-0')::uuid, md5('bench-partner-' || (1 + (t.n + 1) % 40))::uuid,
       t.first_contact_at + interval '1 minute', 0.99, 0, null, 0
  from bench_tickets t where t.r_dispatch < 0.0375
union all
select t.id, md5('bench-dispatch-' || t.n || '-2')::uuid, t.partner,
       t.first_contact_at + interval '1 day', t.r_accept, t.r_visit, t.resolved_at, 2
  from bench_tickets t where t.r_dispatch < 0.03;

insert into ticket_dispatches (tenant_id, id, ticket_id, partner_id, status, dispatched_at, accept_due_at, answered_at,
                               refusal_reason, visit_at, engineer_name, checked_in_at)
select '${tenant}', d.id, d.ticket_id, d.partner,
       case when d.visit = 0 then 'refused' when d.resolved_at is null then 'accepted' else 'on-site' end,
       d.dispatched_at, d.dispatched_at + interval '2 hours',
       d.dispatched_at + d.r_accept * interval '150 minutes',
       case when d.visit = 0 then '人手不足 no engineer free' else '' end,
       case when d.visit > 0 then d.dispatched_at + interval '3 hours' end,
       case when d.visit > 0 then '工程师' || (d.visit) else '' end,
       case when d.visit > 0 and d.resolved_at is not null then d.dispatched_at + interval '20 minutes' + d.r_visit * interval '8 hours' end
  from bench_dispatches d;

-- The promises: first response 10 min, escalation to second line at 1 h, restore 4 h, on site by
-- zone (1 h / 5 h / 8 h), resolve 24 h from first contact. Met when the ticket did what meets them.
create temp table bench_clocks as
select t.id as ticket_id, k.kind, k.name, k.started_at, k.within, k.met_at
  from bench_tickets t
  left join lateral (select min(checked_in_at) as checked_in_at from ticket_dispatches x
                      where x.tenant_id = '${tenant}' and x.ticket_id = t.id and x.checked_in_at is not null) v on true
  cross join lateral (values
      ('first-response', '', t.reported_at, interval '10 minutes', t.first_contact_at),
      ('escalation', 'second-line', t.reported_at, interval '1 hour', t.resolved_at),
      ('restore', '', t.reported_at, interval '4 hours',
           case when t.resolved_at is not null then least(t.resolved_at, t.reported_at + t.r_restore * interval '6 hours') end),
      ('on-site', t.zone, t.reported_at,
           case t.zone when 'home-city' then interval '1 hour' when 'province' then interval '5 hours' else interval '8 hours' end,
           coalesce(v.checked_in_at, t.resolved_at)),
      ('resolve', '', t.first_contact_at, interval '24 hours', t.resolved_at)) as k(kind, name, started_at, within, met_at);

insert into ticket_clocks (tenant_id, id, ticket_id, kind, name, severity, within_ms, clock, started_at, warn_at, due_at,
                           met_at, breached_at)
select '${tenant}', gen_random_uuid(), c.ticket_id, c.kind, c.name, 2, extract(epoch from c.within)::bigint * 1000,
       'around-the-clock', c.started_at, c.started_at + c.within * 0.75, c.started_at + c.within, c.met_at,
       case when c.met_at is null or c.met_at > c.started_at + c.within then c.started_at + c.within end
  from bench_clocks c;

-- 30 causes, a few of them common.
insert into ticket_resolutions (tenant_id, ticket_id, cause, fix, parts, in_warranty, charging_rule, charge_cents,
                                charge_basis, recorded_at)
select '${tenant}', t.id,
       (array['电源适配器损坏 power adapter failed', '主板故障 mainboard fault', '硬盘坏道 disk bad sectors',
              '内存条松动 loose memory', '风扇积灰过热 dusty fan overheating', '屏幕排线接触不良 loose display cable',
              '固件缺陷 firmware defect', '驱动不兼容 driver conflict', '网口损坏 network port damaged',
              '电池老化 battery worn', '键盘进液 liquid in keyboard', '光模块故障 optical module fault',
              '配置错误 misconfiguration', '用户误操作 user error', '系统文件损坏 corrupted system files',
              '散热硅脂干涸 dried thermal paste', '电源模块故障 PSU fault', 'RAID 卡故障 RAID controller fault',
              '打印头堵塞 clogged print head', '进纸器磨损 worn paper feeder', '背光故障 backlight failure',
              '接口氧化 oxidised contacts', '雷击损坏 lightning damage', '病毒感染 malware',
              '传感器失灵 sensor failure', '时钟电池耗尽 CMOS battery flat', '交换芯片故障 switch ASIC fault',
              '线缆老化 aged cabling', '软件许可过期 expired licence', '未查明 cause unknown'])[1 + floor(power(t.r_cause, 2) * 30)::int],
       '更换/维修 replaced or repaired', '[]', true, 'free', 0, 'in warranty', t.resolved_at
  from bench_tickets t where t.resolved_at is not null;

-- History: the resolution of every resolved ticket; 3 % were reopened within 40 days and resolved again.
insert into ticket_events (tenant_id, ticket_id, at, actor_name, type, data)
select '${tenant}', t.id, t.resolved_at, 'bench', 'status', '{"from": "on-site", "to": "resolved"}'
  from bench_tickets t where t.resolved_at is not null;
insert into ticket_events (tenant_id, ticket_id, at, actor_name, type, data)
select '${tenant}', t.id, t.resolved_at + t.r_reopen * interval '40 days' / 0.03, 'bench', 'status',
       '{"from": "resolved", "to": "reopened"}'
  from bench_tickets t where t.resolved_at is not null and t.r_reopen < 0.03;

-- Complaints on the supervision line: about 65 a day, a reply promised within 2 hours.
insert into complaints (tenant_id, id, number, channel, text, status, reply_within_ms, reply_clock, reply_due_at,
                        replied_at, created_at)
select '${tenant}', md5('bench-complaint-' || g)::uuid, 900000000 + g, 'ivr', '基准投诉 benchmark complaint',
       case when c.r < 0.95 then 'replied' else 'open' end, 7200000, 'around-the-clock',
       c.at + interval '2 hours', case when c.r < 0.95 then c.at + c.r / 0.95 * interval '3 hours' end, c.at
  from generate_series(1, 24000) g
  cross join lateral (select timestamptz '${start}' + (g - 1) * interval '365 days' / 24000 as at, random() + g * 0 as r) c;
