-- Roles and databases of the help-desk. The one source of truth, used by
--   * infra/services.sh (local launcher), on every `up` (idempotent), and
--   * infra/postgres/docker-init.sh (the postgres container's first start).
-- Run as a superuser with psql, passing the two passwords as psql variables:
--   psql -v ON_ERROR_STOP=1 -v owner_password=... -v app_password=... -f init-roles.sql
--
-- helpdesk_owner owns the databases and the schema `public` (Flyway runs as it; it owns the tables).
-- helpdesk_app is what the application connects as: it owns nothing, is no superuser and cannot
-- bypass row-level security; the migrations grant it the table privileges it needs.
\set ON_ERROR_STOP on
\if :{?owner_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'init-roles.sql: pass -v owner_password=...'; END $$;
\endif
\if :{?app_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'init-roles.sql: pass -v app_password=...'; END $$;
\endif

-- Passwords are stored as SCRAM verifiers: they work with Debian's default pg_hba
-- (scram-sha-256 on 127.0.0.1) as well as with trust.
SET password_encryption = 'scram-sha-256';

SELECT 'CREATE ROLE helpdesk_owner'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'helpdesk_owner') \gexec
ALTER ROLE helpdesk_owner LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS
      PASSWORD :'owner_password';

SELECT 'CREATE ROLE helpdesk_app'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'helpdesk_app') \gexec
ALTER ROLE helpdesk_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
      PASSWORD :'app_password';

SELECT 'CREATE DATABASE helpdesk OWNER helpdesk_owner'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'helpdesk') \gexec
SELECT 'CREATE DATABASE helpdesk_test OWNER helpdesk_owner'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'helpdesk_test') \gexec
ALTER DATABASE helpdesk OWNER TO helpdesk_owner;
ALTER DATABASE helpdesk_test OWNER TO helpdesk_owner;
GRANT CONNECT ON DATABASE helpdesk TO helpdesk_app;
GRANT CONNECT ON DATABASE helpdesk_test TO helpdesk_app;

-- Since PostgreSQL 15 only the database owner may create in `public`; make the owner role own it
-- explicitly (the same on 15, 16 and later) and let the application role use it.
\connect helpdesk
ALTER SCHEMA public OWNER TO helpdesk_owner;
GRANT USAGE ON SCHEMA public TO helpdesk_app;

\connect helpdesk_test
ALTER SCHEMA public OWNER TO helpdesk_owner;
GRANT USAGE ON SCHEMA public TO helpdesk_app;
