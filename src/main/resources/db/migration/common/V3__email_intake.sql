-- E-mail intake: what a message that arrived by mail carries, the original of every received mail,
-- the Message-IDs that thread replies (and stop duplicates and loops), and the state of addresses.

alter table ticket_message add column mail_message_id varchar(998);
alter table ticket_message add column mail_subject varchar(998);
alter table ticket_message add column mail_to varchar(4000);
alter table ticket_message add column mail_cc varchar(4000);
alter table ticket_message add column body_html ${long_text};
alter table ticket_message add column quoted_from int;
alter table ticket_message add column threading_reason varchar(32);
alter table ticket_message add column threading_detail varchar(1000);

alter table attachment add column content_id varchar(255);
alter table attachment add column inline_part boolean default false not null;

-- every mail that reached the desk, whatever became of it; the raw source is kept apart
create sequence inbound_mail_seq start with 1 increment by 50;
create table inbound_mail (
  id bigint not null primary key,
  received_at ${timestamp} not null,
  source varchar(120) not null,
  mailbox_id bigint,
  support_address varchar(254),
  department_id bigint,
  tier_id bigint,
  message_key varchar(64) not null,
  message_id varchar(998),
  sender varchar(254),
  subject varchar(998),
  size_bytes bigint not null,
  outcome varchar(20) not null,
  kind varchar(20),
  reason varchar(40),
  detail varchar(4000),
  ticket_id bigint,
  ticket_number varchar(32),
  ticket_message_id bigint,
  attempts int not null,
  version bigint not null
);
create index ix_inbound_mail_outcome on inbound_mail (outcome, received_at);
create index ix_inbound_mail_sender on inbound_mail (sender, received_at);
create index ix_inbound_mail_key on inbound_mail (message_key);
create index ix_inbound_mail_message on inbound_mail (ticket_message_id);

create table inbound_mail_raw (
  inbound_mail_id bigint not null primary key,
  data ${blob} not null
);

-- Message-IDs seen or sent, by the SHA-256 of the normalised id: threading, duplicates, loops
create table mail_message_ref (
  message_key varchar(64) not null primary key,
  message_id varchar(998) not null,
  direction varchar(3) not null,
  ticket_id bigint not null,
  ticket_message_id bigint,
  created_at ${timestamp} not null
);
create index ix_mail_message_ref_ticket on mail_message_ref (ticket_id, created_at);

-- how a ticket talks by mail: the address it came to, the people in copy, the language
create table mail_conversation (
  ticket_id bigint not null primary key,
  mailbox_id bigint,
  support_address varchar(254),
  requester_address varchar(254) not null,
  cc_addresses varchar(4000),
  language varchar(20),
  no_auto_reply boolean default false not null,
  updated_at ${timestamp} not null,
  version bigint not null
);

-- addresses whose mail bounced
create table mail_address_status (
  email varchar(254) not null primary key,
  failing boolean not null,
  bounce_count int not null,
  last_bounce_at ${timestamp},
  last_status varchar(20),
  last_diagnostic varchar(1000),
  version bigint not null
);
