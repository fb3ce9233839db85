-- The search index queue (ADR 0010): one row per change of an indexed aggregate, written in the same transaction
-- as the change. Every node reads it and re-indexes what it names into its own index, so changes made on other
-- nodes, and changes whose indexing was lost in a crash, reach every index. created_at is the database's clock.

create sequence search_index_queue_seq start with 1 increment by 50;
create table search_index_queue (
  id bigint not null primary key,
  entity_type varchar(20) not null,
  entity_id bigint not null,
  created_at ${timestamp} default current_timestamp not null
);
create index ix_search_index_queue_created on search_index_queue (created_at, id);
