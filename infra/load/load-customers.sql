-- Loads the benchmark's customer archive into tenant kunlun: :customers customers (default
-- 1,000,000), each with 1-2 mobile numbers, one address and one device. Set-based
-- (generate_series), a few minutes on the 2-core machine. Run as the owner role against a
-- database the platform has migrated (run.sh does this):
--
--   psql -h 127.0.0.1 -U helpdesk_owner -d helpdesk_bench -v ON_ERROR_STOP=1 [-v customers=N] -f load-customers.sql
--
-- Rerunnable: it first deletes the rows of an earlier load, recognised by their ids: customer n
-- has the id be000000-0000-4000-8000-<n as 12 hex digits>, its address be000001-..., its device
-- be000002-..., and nothing else uses these prefixes. The numbers are +86 138 nnnn nnnn and, for
-- even n, also +86 139 nnnn nnnn. src/test/java/com/helpdesk/load/BenchCustomers.java computes
-- the same: keep the two in step.
\set ON_ERROR_STOP on
\if :{?customers}
\else
  \set customers 1000000
\endif
\set tenant '7a1f0c3e-0000-4000-8000-000000000001'

-- Row-level security is forced even for the owner: every statement below acts as kunlun.
set app.tenant_id = :'tenant';
-- Nothing here needs to survive a crash before the end; bigger sort memory builds indexes faster.
set synchronous_commit = off;
set maintenance_work_mem = '256MB';

do $$
begin
    if not exists (select 1 from tenants where id = current_setting('app.tenant_id')::uuid) then
        raise exception 'tenant kunlun is missing: start the platform with the demo profile on this database first';
    end if;
end $$;

\echo removing an earlier load
begin;
-- children first, by the indexes leading with (tenant_id, customer_id): the cascade of the
-- customers' delete then finds nothing left to do
delete from customer_phones
 where tenant_id = :'tenant'
   and customer_id between 'be000000-0000-4000-8000-000000000000' and 'be000000-0000-4000-8000-ffffffffffff';
delete from customer_addresses
 where tenant_id = :'tenant'
   and customer_id between 'be000000-0000-4000-8000-000000000000' and 'be000000-0000-4000-8000-ffffffffffff';
delete from devices
 where tenant_id = :'tenant'
   and customer_id between 'be000000-0000-4000-8000-000000000000' and 'be000000-0000-4000-8000-ffffffffffff';
delete from customers
 where tenant_id = :'tenant'
   and id between 'be000000-0000-4000-8000-000000000000' and 'be000000-0000-4000-8000-ffffffffffff';
commit;

\echo loading :customers customers
begin;
-- Names as in a real archive: common surnames and given names, so names repeat; one customer in
-- ten is an organisation. Categories: mostly general, a few special, group and new-product.
insert into customers (tenant_id, id, kind, category, name, notes, created_at, updated_at)
select :'tenant',
       ('be000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       case when n % 10 = 0 then 'organisation' else 'person' end,
       (array['general', 'general', 'general', 'general', 'general', 'general', 'general',
              'special', 'group', 'new-product'])[1 + n / 10 % 10],
       case when n % 10 = 0
            then (array['北京', '天津', '上海', '石家庄', '深圳'])[1 + n % 5]
                 || (array['恒信', '华通', '博远', '新科', '正达', '长城'])[1 + n / 10 % 6]
                 || '科技有限公司 ' || n
            else (array['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'])[1 + n % 12]
                 || (array['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳',
                           '杰', '娟', '涛', '明', '超', '秀英', '霞', '平'])[1 + n / 12 % 20]
       end,
       '',
       timestamptz '2024-01-01 00:00+08' + n * interval '37 seconds',
       timestamptz '2024-01-01 00:00+08' + n * interval '37 seconds'
  from generate_series(1, :customers) as n;

-- Mobile numbers (E.164, valid China Mobile ranges): every customer one, the even ones a second.
insert into customer_phones (tenant_id, customer_id, number, label)
select :'tenant', ('be000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       '+86138' || lpad(n::text, 8, '0'), '手机'
  from generate_series(1, :customers) as n;
insert into customer_phones (tenant_id, customer_id, number, label)
select :'tenant', ('be000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       '+86139' || lpad(n::text, 8, '0'), '备用'
  from generate_series(2, :customers, 2) as n;

-- One address each, spread over Beijing, Tianjin, Hebei, Shanghai and Shenzhen: all three of
-- kunlun's on-site zones.
insert into customer_addresses (tenant_id, id, customer_id, region_code, free_text)
select :'tenant',
       ('be000001-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       ('be000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       (array['110105', '110108', '110101', '120101', '130102', '310101', '440305'])[1 + n % 7],
       (n % 300 + 1) || '号 ' || (n % 30 + 1) || '层'
  from generate_series(1, :customers) as n;

-- One device each, on kunlun's warranty product lines, bought over the four years before the
-- load (never in the future: the archive would have no warranty to show): some in warranty, some
-- out of it, so the archive's entitlement sentences vary.
insert into devices (tenant_id, id, customer_id, product_line, model, serial_number, purchase_date,
                     acceptance_date, dealer_sold, warranty_card_received)
select :'tenant',
       ('be000002-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       ('be000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       line,
       upper(left(line, 2)) || '-' || (100 + n % 900),
       'BENCH-' || lpad(n::text, 8, '0'),
       purchased,
       case when line = 'server' and purchased + 14 < current_date then purchased + 14 end,
       n % 5 = 0,
       case when n % 3 = 0 and purchased + 7 < current_date then purchased + 7 end
  from generate_series(1, :customers) as n,
       lateral (select (array['laptop', 'desktop', 'printer', 'server'])[1 + n % 4] as line,
                       current_date - 1 - n % 1460 as purchased) as d;
commit;

-- Fresh statistics for the planner, and a visibility map so index-only scans skip the heap.
\echo vacuum analyze
vacuum (analyze) customers, customer_phones, customer_addresses, devices;

select (select count(*) from customers where tenant_id = :'tenant') as customers,
       (select count(*) from customer_phones where tenant_id = :'tenant') as phones,
       (select count(*) from customer_addresses where tenant_id = :'tenant') as addresses,
       (select count(*) from devices where tenant_id = :'tenant') as devices,
       pg_size_pretty(pg_database_size(current_database())) as database_size;
