create table event_publication (
  id varchar(36) not null primary key,
  listener_id varchar(512) not null,
  event_type varchar(512) not null,
  serialized_event longtext not null,
  publication_date timestamp(6) not null,
  completion_date timestamp(6) null default null,
  status varchar(20),
  completion_attempts int,
  last_resubmission_date timestamp(6) null,
  index event_publication_by_completion_date_idx (completion_date)
);
