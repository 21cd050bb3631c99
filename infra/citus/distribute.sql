-- Distributes the help-desk's schema over a Citus cluster by tenant: every row of a tenant lives on
-- the same worker, so a tenant's transaction (one SET LOCAL app.tenant_id, then its statements)
-- runs on one node, and joins between a tenant's tables stay local (all are co-located).
--
-- Run once on the coordinator, as a superuser, after Flyway has migrated an empty schema and
-- before any data is loaded (or accept that create_distributed_table copies existing rows):
--   psql -v ON_ERROR_STOP=1 -d helpdesk -f infra/citus/distribute.sql
-- Later migrations that add a tenant table must distribute it the same way (see SCALE-OUT.md).
\set ON_ERROR_STOP on
create extension if not exists citus;

-- Small tables read without a tenant (which tenant does this DID, this slug, this signed survey
-- link belong to?): a copy on every worker.
select create_reference_table('tenants');
select create_reference_table('hotlines');
select create_reference_table('survey_links');

-- Citus keeps unique constraints only when they include the distribution column. Ticket and
-- complaint numbers come from platform-wide sequences, so they stay unique; the constraint
-- becomes per tenant, which is what lookups by number use anyway.
alter table tickets drop constraint if exists tickets_number_key;
alter table tickets add constraint tickets_number_key unique (tenant_id, number);
alter table complaints drop constraint if exists complaints_number_key;
alter table complaints add constraint complaints_number_key unique (tenant_id, number);

-- Every other table with tenant_id, parents first, all co-located with tenant_users.
select create_distributed_table('tenant_users', 'tenant_id');
\i infra/citus/distribution-order.sql
select format('select create_distributed_table(%L, %L, colocate_with => %L)', table_name, 'tenant_id', 'tenant_users')
  from citus_distribution_order
 where table_name <> 'tenant_users'
 order by depth, table_name
\gexec
