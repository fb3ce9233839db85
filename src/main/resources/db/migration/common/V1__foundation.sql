-- Tierdesk foundation schema: identity, desk set-up and tickets.
-- Portable across H2, PostgreSQL and MariaDB; vendor-specific types come from Flyway placeholders
-- (see org.tierdesk.web.FlywayVendorPlaceholders).

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
  id bigint not null primary key,
  username varchar(254) not null,
  email varchar(254) not null,
  display_name varchar(200) not null,
  password_hash varchar(200),
  role varchar(20) not null,
  enabled boolean not null,
  locale varchar(20),
  created_at ${timestamp} not null,
  version bigint not null
);
create unique index ux_app_user_username on app_user (username);
create unique index ux_app_user_email on app_user (email);

create table app_user_tier (
  user_id bigint not null,
  tier_id bigint not null,
  primary key (user_id, tier_id)
);

create table app_user_department (
  user_id bigint not null,
  department_id bigint not null,
  primary key (user_id, department_id)
);

create sequence api_token_seq start with 1 increment by 50;
create table api_token (
  id bigint not null primary key,
  user_id bigint not null,
  name varchar(100) not null,
  token_hash varchar(64) not null,
  token_hint varchar(16) not null,
  created_at ${timestamp} not null,
  last_used_at ${timestamp},
  version bigint not null
);
create unique index ux_api_token_hash on api_token (token_hash);
create index ix_api_token_user on api_token (user_id);

create sequence tier_seq start with 1 increment by 50;
create table tier (
  id bigint not null primary key,
  name varchar(100) not null,
  position int not null,
  version bigint not null
);

create sequence department_seq start with 1 increment by 50;
create table department (
  id bigint not null primary key,
  name varchar(100) not null,
  active boolean not null,
  version bigint not null
);
create unique index ux_department_name on department (name);

create table desk_settings (
  id int not null primary key,
  number_prefix varchar(10) not null,
  number_include_year boolean not null,
  number_padding int not null,
  version bigint not null
);

create sequence ticket_seq start with 1 increment by 50;
create sequence ticket_number_seq start with 1 increment by 1;
create table ticket (
  id bigint not null primary key,
  number varchar(32) not null,
  subject varchar(200) not null,
  status varchar(16) not null,
  active boolean not null,
  priority varchar(16) not null,
  channel varchar(16) not null,
  tier_id bigint not null,
  department_id bigint not null,
  assignee_id bigint,
  requester_email varchar(254) not null,
  requester_name varchar(200) not null,
  requester_user_id bigint,
  access_token varchar(64) not null,
  escalation_note varchar(4000),
  escalation_by varchar(200),
  escalation_at ${timestamp},
  escalation_from_tier_id bigint,
  solution ${long_text},
  cause ${long_text},
  resolved_by varchar(200),
  resolved_at ${timestamp},
  resolved_tier_id bigint,
  closed_at ${timestamp},
  created_at ${timestamp} not null,
  updated_at ${timestamp} not null,
  version bigint not null
);
create unique index ux_ticket_number on ticket (number);
create unique index ux_ticket_access_token on ticket (access_token);
create index ix_ticket_queue on ticket (active, tier_id, created_at, id);
create index ix_ticket_status_queue on ticket (status, tier_id, created_at, id);
create index ix_ticket_assignee on ticket (assignee_id, active, created_at);
create index ix_ticket_requester_email on ticket (requester_email);
create index ix_ticket_requester_user on ticket (requester_user_id);
create index ix_ticket_resolved on ticket (status, resolved_at);

create sequence ticket_message_seq start with 1 increment by 50;
create table ticket_message (
  id bigint not null primary key,
  ticket_id bigint not null,
  author_type varchar(16) not null,
  author_id bigint,
  author_name varchar(200) not null,
  author_email varchar(254),
  body ${long_text} not null,
  internal boolean not null,
  channel varchar(16) not null,
  created_at ${timestamp} not null
);
create index ix_ticket_message_ticket on ticket_message (ticket_id, created_at);

create sequence ticket_history_seq start with 1 increment by 50;
create table ticket_history (
  id bigint not null primary key,
  ticket_id bigint not null,
  action varchar(32) not null,
  actor_id bigint,
  actor_name varchar(200) not null,
  old_value varchar(200),
  new_value varchar(200),
  note varchar(4000),
  created_at ${timestamp} not null
);
create index ix_ticket_history_ticket on ticket_history (ticket_id, created_at);

create sequence attachment_seq start with 1 increment by 50;
create table attachment (
  id bigint not null primary key,
  ticket_id bigint not null,
  message_id bigint,
  filename varchar(255) not null,
  content_type varchar(200) not null,
  size_bytes bigint not null,
  created_at ${timestamp} not null
);
create index ix_attachment_ticket on attachment (ticket_id);

create table attachment_content (
  attachment_id bigint not null primary key,
  data ${blob} not null
);

create table shedlock (
  name varchar(64) not null primary key,
  lock_until ${timestamp} not null,
  locked_at ${timestamp} not null,
  locked_by varchar(255) not null
);
