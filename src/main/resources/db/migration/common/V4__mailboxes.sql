-- Mailboxes: where mail for the desk comes from. Polled over IMAP/POP3, or DIRECT (the SMTP receiver or the
-- HTTP gateway hands mail addressed to the support address over). Connection settings are edited by admins;
-- the poll state columns (lease_*, next_poll_at, last_*, received_count) are written by the pollers only.

create sequence mailbox_seq start with 1 increment by 50;
create table mailbox (
  id bigint not null primary key,
  name varchar(100) not null,
  protocol varchar(8) not null,
  host varchar(255),
  port int,
  username varchar(254),
  auth_method varchar(10) not null,
  secret ${long_text},
  folder varchar(200) not null,
  poll_interval_seconds int not null,
  after_processing varchar(10) not null,
  department_id bigint,
  tier_id bigint,
  support_address varchar(254) not null,
  enabled boolean not null,
  -- one node polls a mailbox at a time: it holds the lease until lease_until and renews it while it works
  lease_owner varchar(100),
  lease_until ${timestamp},
  next_poll_at ${timestamp},
  last_poll_at ${timestamp},
  last_success_at ${timestamp},
  last_error varchar(40),
  last_error_detail varchar(1000),
  last_error_at ${timestamp},
  last_poll_count int,
  received_count bigint not null,
  created_at ${timestamp} not null,
  version bigint not null
);
create unique index ux_mailbox_name on mailbox (name);
create unique index ux_mailbox_support_address on mailbox (support_address);
create index ix_mailbox_due on mailbox (enabled, next_poll_at);
