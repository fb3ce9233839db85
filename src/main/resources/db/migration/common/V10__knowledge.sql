-- Knowledge base: categories, articles with their translations, tags, department limits and versions;
-- the search copy of tickets (kept by the knowledge module from ticket events) and the question log.
-- Portable across H2, PostgreSQL and MariaDB; vendor types come from Flyway placeholders.

create sequence knowledge_category_seq start with 1 increment by 50;
create table knowledge_category (
  id bigint not null primary key,
  name varchar(100) not null,
  parent_id bigint,
  position int not null,
  version bigint not null
);
create index ix_knowledge_category_parent on knowledge_category (parent_id);

create sequence knowledge_article_seq start with 1 increment by 50;
create table knowledge_article (
  id bigint not null primary key,
  original_language varchar(8) not null,
  category_id bigint,
  visibility varchar(20) not null,
  status varchar(20) not null,
  author_id bigint,
  author_name varchar(200) not null,
  source_ticket varchar(40),
  view_count bigint not null,
  solved_count bigint not null,
  created_at ${timestamp} not null,
  updated_at ${timestamp} not null,
  published_at ${timestamp},
  version bigint not null
);
create index ix_knowledge_article_status on knowledge_article (status, visibility);
create index ix_knowledge_article_category on knowledge_article (category_id);

create sequence knowledge_translation_seq start with 1 increment by 50;
create table knowledge_translation (
  id bigint not null primary key,
  article_id bigint not null,
  language varchar(8) not null,
  title varchar(300) not null,
  body ${long_text} not null,
  updated_at ${timestamp} not null,
  constraint fk_knowledge_translation_article foreign key (article_id) references knowledge_article (id)
);
create unique index ux_knowledge_translation_language on knowledge_translation (article_id, language);

create table knowledge_article_tag (
  article_id bigint not null,
  tag varchar(60) not null,
  primary key (article_id, tag),
  constraint fk_knowledge_tag_article foreign key (article_id) references knowledge_article (id)
);

create table knowledge_article_department (
  article_id bigint not null,
  department_id bigint not null,
  primary key (article_id, department_id),
  constraint fk_knowledge_department_article foreign key (article_id) references knowledge_article (id)
);

create sequence knowledge_version_seq start with 1 increment by 50;
create table knowledge_version (
  id bigint not null primary key,
  article_id bigint not null,
  number int not null,
  language varchar(8) not null,
  title varchar(300) not null,
  body ${long_text} not null,
  author_name varchar(200) not null,
  note varchar(200),
  created_at ${timestamp} not null,
  constraint fk_knowledge_version_article foreign key (article_id) references knowledge_article (id)
);
create unique index ux_knowledge_version_number on knowledge_version (article_id, number);

create table knowledge_ticket_doc (
  ticket_id bigint not null primary key,
  number varchar(40) not null,
  subject varchar(300) not null,
  messages ${long_text},
  requester_name varchar(200),
  requester_email varchar(254),
  requester_user_id bigint,
  status varchar(20) not null,
  tier_id bigint,
  department_id bigint,
  solution ${long_text},
  cause ${long_text},
  resolved_at ${timestamp},
  created_at ${timestamp} not null,
  updated_at ${timestamp} not null
);
create unique index ux_knowledge_ticket_doc_number on knowledge_ticket_doc (number);

create sequence knowledge_question_seq start with 1 increment by 50;
create table knowledge_question (
  id bigint not null primary key,
  query varchar(500) not null,
  language varchar(8) not null,
  source varchar(20) not null,
  results int not null,
  opened_article_id bigint,
  outcome varchar(20),
  visitor varchar(64),
  created_at ${timestamp} not null
);
create index ix_knowledge_question_created on knowledge_question (created_at);
