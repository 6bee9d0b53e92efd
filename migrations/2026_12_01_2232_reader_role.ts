/**
 * `wirehouse_reader`: a read-only role for analysts (psql, BI tools). SELECT on every table and
 * view, now and later (default privileges for objects the migrating role creates), and EXECUTE on
 * functions (the default for PUBLIC, so search_articles and syndication_between work).
 *
 * Roles are per server, grants per database: the role is created only when missing (several
 * databases on one server share it), the grants are made in this database. It is a NOLOGIN group
 * role: a person gets a login of their own in it (`create user alice password '...' in role
 * wirehouse_reader`), or an operator gives it one (`alter role wirehouse_reader login password '...'`).
 *
 * A migrating user without CREATEROLE (some managed Postgres) cannot create it: the migration
 * then warns and goes on, and README says what to run as an admin instead.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    do $$
    begin
      if not exists (select from pg_roles where rolname = 'wirehouse_reader') then
        begin
          create role wirehouse_reader nologin;
        exception
          when insufficient_privilege then
            raise warning 'wirehouse: no privilege to create role wirehouse_reader; create it as an admin (see README, Schema)';
            return;
          when duplicate_object then null; -- created by a migration of another database just now
        end;
      end if;
      execute 'grant usage on schema public to wirehouse_reader';
      execute 'grant select on all tables in schema public to wirehouse_reader';
      execute 'alter default privileges in schema public grant select on tables to wirehouse_reader';
      execute format('grant connect on database %I to wirehouse_reader', current_database());
    end
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    do $$
    begin
      if exists (select from pg_roles where rolname = 'wirehouse_reader') then
        execute 'alter default privileges in schema public revoke select on tables from wirehouse_reader';
        execute 'revoke select on all tables in schema public from wirehouse_reader';
        execute 'revoke usage on schema public from wirehouse_reader';
        execute format('revoke connect on database %I from wirehouse_reader', current_database());
      end if;
    end
    $$`.execute(db);
}
