-- Spring Modulith's event publication registry (the transactional outbox): an event such as
-- TicketResolved is stored here in the transaction that publishes it, one row per listener, and
-- marked complete when that listener has handled it; incomplete rows are delivered again after a
-- restart. The DDL is Modulith 2.0's own (spring-modulith-events-jdbc 2.0.5,
-- schemas/v2/schema-postgresql.sql), created here because the registry's schema initialisation is
-- kept off: the application role must not create tables.
--
-- Platform-level like scheduled_tasks: no row-level security. The events carry their tenant id,
-- and the listeners run inside that tenant; the rows are only read by the registry itself.
create table event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz,
    primary key (id)
);
-- Modulith completes a publication by (serialized event, listener), hence the hash index.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

grant select, insert, update, delete on event_publication to ${appRole};
