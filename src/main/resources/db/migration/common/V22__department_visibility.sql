-- Departments (issue 5): a department can be confidential (its tickets are seen only by its own agents and
-- admins) and can have its own sending address; an agent can be granted the tickets of every department that is
-- not confidential. See docs/adr/0022-department-visibility.md.
alter table department add column confidential boolean default false not null;
alter table department add column sender_address varchar(254);
alter table app_user add column all_departments boolean default false not null;
