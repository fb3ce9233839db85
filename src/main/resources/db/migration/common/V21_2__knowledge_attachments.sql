-- Files attached to knowledge articles: what is known about each file, and its bytes in a table of their own
-- (like ticket attachments), so that listing an article's files does not read them.

create sequence knowledge_attachment_seq start with 1 increment by 50;
create table knowledge_attachment (
  id bigint not null primary key,
  article_id bigint not null,
  filename varchar(255) not null,
  content_type varchar(200) not null,
  size_bytes bigint not null,
  added_by varchar(200) not null,
  added_at ${timestamp} not null,
  constraint fk_knowledge_attachment_article foreign key (article_id) references knowledge_article (id)
);
create index ix_knowledge_attachment_article on knowledge_attachment (article_id);

create table knowledge_attachment_content (
  attachment_id bigint not null primary key,
  data ${blob} not null,
  constraint fk_knowledge_attachment_content foreign key (attachment_id) references knowledge_attachment (id)
);
