-- Custom fields (issue 5): definitions owned by the desk module, values owned by the ticket module.
-- Why values live in one typed row per value, and not in JSON or in columns added at runtime:
-- docs/adr/0020-custom-field-storage.md. Portable across H2, PostgreSQL and MariaDB.

-- A definition. Labels, help texts and options are small JSON documents, only ever read with the whole
-- definition. entity + field_key is unique for ever: an archived (deleted) field keeps its key, so values
-- and history that mention it stay unambiguous.
create sequence custom_field_seq start with 1 increment by 50;
create table custom_field (
  id bigint not null primary key,
  entity varchar(20) not null,
  field_key varchar(40) not null,
  field_type varchar(20) not null,
  labels varchar(4000) not null,
  help_texts ${long_text},
  options ${long_text},
  required boolean not null,
  min_value decimal(30,10),
  max_value decimal(30,10),
  min_length int,
  max_length int,
  pattern varchar(300),
  default_value varchar(4000),
  visible_to varchar(10) not null,
  editable_by varchar(10) not null,
  position int not null,
  archived boolean not null,
  created_at ${timestamp} not null,
  updated_at ${timestamp} not null,
  version bigint not null
);
create unique index ux_custom_field_key on custom_field (entity, field_key);

-- The values of custom fields on tickets: one row per ticket, field and value (a multiple choice has one
-- row per chosen option, position 0, 1, ...). Exactly one typed column is set, chosen by the field's type:
--   text, single and multiple choice -> text_value (at most 255 characters, indexable on every database)
--   long text -> long_text_value (not indexed: shown, never sorted)
--   number, decimal -> number_value     date -> date_value     date-time -> time_value
--   checkbox -> flag_value              agent (a user id) -> ref_value
create table ticket_field_value (
  ticket_id bigint not null,
  field_id bigint not null,
  position int not null,
  text_value varchar(255),
  long_text_value ${long_text},
  number_value decimal(30,10),
  date_value date,
  time_value ${timestamp},
  flag_value boolean,
  ref_value bigint,
  primary key (ticket_id, field_id, position)
);
-- filter ("field = value", ranges) and sort by one field: the index starts with the field, then the value,
-- and ends with the ticket so that the join back to the ticket needs no table read
create index ix_ticket_field_text on ticket_field_value (field_id, text_value, ticket_id);
create index ix_ticket_field_number on ticket_field_value (field_id, number_value, ticket_id);
create index ix_ticket_field_date on ticket_field_value (field_id, date_value, ticket_id);
create index ix_ticket_field_time on ticket_field_value (field_id, time_value, ticket_id);
create index ix_ticket_field_ref on ticket_field_value (field_id, ref_value, ticket_id);

-- Request types (issue 5): per department, a kind of request with its own portal form (which custom fields, in
-- what order, shown under which condition, as JSON like a field's labels) and defaults for its tickets.
create sequence request_type_seq start with 1 increment by 50;
create table request_type (
  id bigint not null primary key,
  type_key varchar(40) not null,
  department_id bigint,
  names varchar(4000) not null,
  descriptions ${long_text},
  form_fields ${long_text} not null,
  priority varchar(16),
  tier_id bigint,
  active boolean not null,
  position int not null,
  created_at ${timestamp} not null,
  updated_at ${timestamp} not null,
  version bigint not null
);
create unique index ux_request_type_key on request_type (type_key);
