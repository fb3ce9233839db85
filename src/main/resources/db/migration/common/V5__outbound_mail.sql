-- Outgoing mail: every mail the desk sends (acknowledgement, agent reply, resolution) is a row, written in the
-- transaction that handles the ticket event and kept after sending. A sending job claims due rows
-- (claimed_by/claimed_until, set by one atomic update) so that two nodes never send one mail twice.

create sequence outbound_mail_seq start with 1 increment by 50;
create table outbound_mail (
  id bigint not null primary key,
  kind varchar(20) not null,
  -- one row per event: a redelivered event finds its row and sends nothing more
  event_key varchar(100) not null,
  ticket_id bigint not null,
  ticket_number varchar(32) not null,
  ticket_message_id bigint,
  mail_from varchar(320),
  mail_to varchar(4000) not null,
  mail_cc varchar(4000),
  -- addresses left out (failing or rejected) and why
  skipped_recipients varchar(4000),
  subject varchar(998) not null,
  body_text ${long_text} not null,
  body_html ${long_text},
  message_id varchar(998) not null,
  in_reply_to varchar(998),
  mail_references varchar(4000),
  auto_submitted varchar(40),
  language varchar(20) not null,
  status varchar(10) not null,
  attempts int not null,
  next_attempt_at ${timestamp} not null,
  claimed_by varchar(100),
  claimed_until ${timestamp},
  last_error varchar(2000),
  created_at ${timestamp} not null,
  sent_at ${timestamp},
  version bigint not null
);
create unique index ux_outbound_mail_event on outbound_mail (event_key);
-- the sending job: status = 'PENDING' and next_attempt_at <= now, oldest first
create index ix_outbound_mail_due on outbound_mail (status, next_attempt_at);
-- the admin lists: by status, newest first
create index ix_outbound_mail_status on outbound_mail (status, created_at);
create index ix_outbound_mail_ticket on outbound_mail (ticket_id, created_at);

-- the ticket attachments a mail carries (read from the ticket's attachment store when it is sent)
create table outbound_mail_attachment (
  outbound_mail_id bigint not null,
  position int not null,
  attachment_id bigint not null,
  primary key (outbound_mail_id, position)
);

-- admins' own subject and body for a kind of mail in a language; without a row the defaults of the
-- messages/mailout bundles apply
create sequence mail_template_seq start with 1 increment by 50;
create table mail_template (
  id bigint not null primary key,
  kind varchar(20) not null,
  language varchar(20) not null,
  subject varchar(998) not null,
  body ${long_text} not null,
  updated_at ${timestamp} not null,
  updated_by varchar(254),
  version bigint not null
);
create unique index ux_mail_template on mail_template (kind, language);
