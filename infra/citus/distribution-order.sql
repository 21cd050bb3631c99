-- The tables to distribute by tenant_id, parents before children (Citus distributes a table only
-- once the tables its foreign keys point at are distributed or reference tables). One row per
-- table: (depth, table_name). Not listed: tenants, hotlines and survey_links, which become
-- reference tables, and the coordinator keeps the rest (flyway_schema_history, scheduled_tasks,
-- event_publication) as local tables. Read by distribute.sql, and checked against the migrated
-- schema by the platform's CitusDistributionOrderTests.
create or replace temporary view citus_distribution_order as
with recursive tenant_tables as (
    select c.oid, c.relname
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
     where c.relkind in ('r', 'p')
       and c.relname not in ('hotlines', 'survey_links')   -- reference tables (distribute.sql)
),
parents as (
    select distinct con.conrelid child, con.confrelid parent
      from pg_constraint con
     where con.contype = 'f' and con.conrelid <> con.confrelid
       and con.conrelid in (select oid from tenant_tables)
       and con.confrelid in (select oid from tenant_tables)
),
depth as (
    select t.oid, 0 as depth from tenant_tables t
    union all
    select p.child, d.depth + 1 from parents p join depth d on d.oid = p.parent
)
select max(d.depth) as depth, t.relname::text as table_name
  from depth d join tenant_tables t on t.oid = d.oid
 group by t.relname
 order by 1, 2;
