-- Branding (issue 5, item 5): one row of desk-wide branding, the logo's bytes in a table of their own (like
-- attachments, so reading the branding does not read them), the portal welcome text per language and the mail
-- signature per department. Texts per language (item 6): admins' own texts that win over the message bundles,
-- and each user's time zone (the language setting is app_user.locale, there since V1).

create table branding (
  id integer not null primary key,
  product_name varchar(100),
  primary_color varchar(7),
  sidebar_color varchar(7),
  logo_content_type varchar(50),
  default_signature ${long_text},
  revision bigint not null,
  updated_by varchar(200),
  updated_at ${timestamp},
  version bigint not null
);

create table branding_logo (
  branding_id integer not null primary key,
  data ${blob} not null,
  constraint fk_branding_logo foreign key (branding_id) references branding (id)
);

create table branding_welcome (
  language varchar(10) not null primary key,
  text ${long_text} not null
);

create table branding_signature (
  department_id bigint not null primary key,
  text ${long_text} not null
);

create table text_override (
  message_key varchar(200) not null,
  language varchar(10) not null,
  text ${long_text} not null,
  updated_by varchar(200) not null,
  updated_at ${timestamp} not null,
  primary key (message_key, language)
);

alter table app_user add column time_zone varchar(60);
