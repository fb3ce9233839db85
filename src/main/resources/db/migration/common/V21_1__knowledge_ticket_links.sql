-- Articles linked to tickets (an agent inserted or linked the article while working the ticket), and how many
-- tickets each article solved: a linked ticket that is resolved counts once for each of its articles.

alter table knowledge_article add column tickets_solved bigint default 0 not null;

create sequence knowledge_article_ticket_seq start with 1 increment by 50;
create table knowledge_article_ticket (
  id bigint not null primary key,
  article_id bigint not null,
  ticket_id bigint not null,
  ticket_number varchar(40) not null,
  linked_by varchar(200) not null,
  linked_at ${timestamp} not null,
  solved boolean not null,
  constraint fk_knowledge_article_ticket_article foreign key (article_id) references knowledge_article (id)
);
create unique index ux_knowledge_article_ticket on knowledge_article_ticket (article_id, ticket_id);
create index ix_knowledge_article_ticket_ticket on knowledge_article_ticket (ticket_id);
