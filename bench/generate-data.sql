-- Inserts :n tickets (with messages and history) directly into a Tierdesk PostgreSQL database.
-- Run after the app has started once (Flyway has created the schema, the admin exists).
-- Usage: psql -v n=1000000 -f bench/generate-data.sql   (bench/generate-data.sh wraps it)
\set ON_ERROR_STOP on
\timing on
select setseed(0.42);

-- a few more departments and 20 agents, so that lookups and the assignee filter are realistic
insert into department (id, name, active, version)
select (select coalesce(max(id), 0) from department) + 1000 + i, d, true, 0
from unnest(array['IT', 'Billing', 'HR', 'Facilities']) with ordinality as x(d, i)
where not exists (select 1 from department where lower(name) = lower(d));
select setval('department_seq', (select max(id) from department) + 100);

insert into app_user (id, username, email, display_name, password_hash, role, enabled, locale, created_at, version)
select (select coalesce(max(id), 0) from app_user) + 1000 + i, 'agent' || lpad(i::text, 2, '0'),
       'agent' || lpad(i::text, 2, '0') || '@tierdesk.local', 'Agent ' || i, null, 'AGENT', true, null, now(), 0
from generate_series(1, 20) i
where not exists (select 1 from app_user where username = 'agent01');
select setval('app_user_seq', (select max(id) from app_user) + 100);
insert into app_user_tier (user_id, tier_id)
select u.id, t.id from app_user u cross join tier t
where u.role = 'AGENT' and u.username like 'agent%' on conflict do nothing;

create temp table gen_params as
select greatest((select coalesce(max(id), 0) from ticket),
                (select last_value from ticket_seq)) as id_base,
       (select case when is_called then last_value else 0 end from ticket_number_seq) as number_base,
       (select array_agg(id order by position, id) from tier) as tiers,
       (select array_agg(id order by id) from department where active) as departments,
       (select array_agg(id order by id) from app_user where role in ('AGENT', 'ADMIN')) as agents,
       (select d.number_prefix from desk_settings d where d.id = 1) as prefix,
       (select d.number_padding from desk_settings d where d.id = 1) as padding,
       :n::bigint as n,
       now() as t_now;

-- one row per ticket with its random draws; created_at grows with the id over 3 years
create temp table gen as
select p.id_base + g as id,
       p.number_base + g as counter,
       g,
       p.t_now - interval '1095 days' + (g::float8 / p.n) * interval '1095 days'
               + random() * interval '10 minutes' as created_at,
       random() as r_status, random() as r_tier, random() as r_prio, random() as r_chan,
       random() as r_dept, random() as r_assign, random() as r_agent, random() as r_hours
from gen_params p, generate_series(1, p.n) g;

insert into ticket (id, number, subject, status, active, priority, channel, tier_id, department_id,
                    assignee_id, requester_email, requester_name, requester_user_id, access_token,
                    solution, cause, resolved_by, resolved_at, resolved_tier_id, closed_at,
                    created_at, updated_at, version)
select x.id, x.number, x.subject, x.status, x.status in ('NEW', 'OPEN', 'PENDING'), x.priority, x.channel,
       x.tier_id, x.department_id, x.assignee_id, x.email, x.rname, null, md5(random()::text || x.id),
       case when x.resolved then 'Reset the account and confirmed with the customer (' || x.id || ').' end,
       case when x.resolved and x.r_hours < 0.5 then 'Expired password' end,
       case when x.resolved then 'Agent ' || (1 + (x.r_agent * 19)::int) end,
       case when x.resolved then x.resolved_at end,
       case when x.resolved then x.tier_id end,
       case when x.status = 'CLOSED' then x.resolved_at + interval '14 days' end,
       x.created_at,
       case when x.status = 'CLOSED' then x.resolved_at + interval '14 days'
            when x.resolved then x.resolved_at else x.created_at end,
       0
from (
  select gen.*, p.prefix || '-' || lpad(counter::text, greatest(p.padding, length(counter::text)), '0') as number,
         (array['Cannot log in', 'Printer not working', 'Invoice question', 'VPN drops every hour',
                'Password reset', 'New laptop request', 'E-mail not syncing', 'Refund request',
                'Access to shared drive', 'Software licence'])[1 + (g % 10)] || ' #' || g as subject,
         case when r_status < 0.015 then 'NEW' when r_status < 0.040 then 'OPEN' when r_status < 0.050 then 'PENDING'
              when r_status < 0.100 then 'RESOLVED' else 'CLOSED' end as status,
         r_status >= 0.050 as resolved,
         created_at + (1 + r_hours * 72) * interval '1 hour' as resolved_at,
         case when r_prio < 0.20 then 'LOW' when r_prio < 0.80 then 'NORMAL' when r_prio < 0.95 then 'HIGH'
              else 'URGENT' end as priority,
         case when r_chan < 0.40 then 'WEB' when r_chan < 0.80 then 'EMAIL' when r_chan < 0.90 then 'PHONE'
              else 'API' end as channel,
         p.tiers[case when r_tier < 0.80 or cardinality(p.tiers) = 1 then 1 else 2 end] as tier_id,
         p.departments[1 + floor(r_dept * cardinality(p.departments))::int] as department_id,
         -- every finished ticket had an agent; half of the active ones are still unassigned
         case when r_status >= 0.050 or r_assign < 0.5
              then p.agents[1 + floor(r_agent * cardinality(p.agents))::int] end as assignee_id,
         'customer' || (g % 50000) || '@example.com' as email,
         'Customer ' || (g % 50000) as rname
  from gen, gen_params p
) x;

-- the requester's first message for every ticket, an agent reply for every finished one
insert into ticket_message (id, ticket_id, author_type, author_id, author_name, author_email, body, internal,
                            channel, created_at)
select (select coalesce(max(id), 0) from ticket_message) + row_number() over (), m.*
from (
  select t.id, 'CUSTOMER', null::bigint, t.requester_name, t.requester_email,
         'Hello, ' || lower(t.subject) || '. It started this morning and I have already tried restarting. '
           || 'Could you please have a look? Thanks, ' || t.requester_name, false, t.channel, t.created_at
  from ticket t join gen on gen.id = t.id
  union all
  select t.id, 'AGENT', t.assignee_id, t.resolved_by, null, 'Thanks for reaching out. ' || t.solution, false,
         'WEB', t.resolved_at
  from ticket t join gen on gen.id = t.id where t.resolved_at is not null
) m;

insert into ticket_history (id, ticket_id, action, actor_id, actor_name, old_value, new_value, note, created_at)
select (select coalesce(max(id), 0) from ticket_history) + row_number() over (), h.*
from (
  select t.id, 'CREATED', null::bigint, t.requester_name, null, t.number, null, t.created_at
  from ticket t join gen on gen.id = t.id
  union all
  select t.id, 'RESOLVED', t.assignee_id, t.resolved_by, 'open', 'resolved', t.solution, t.resolved_at
  from ticket t join gen on gen.id = t.id where t.resolved_at is not null
  union all
  select t.id, 'CLOSED', null, 'System', 'resolved', 'closed', null, t.closed_at
  from ticket t join gen on gen.id = t.id where t.closed_at is not null
) h;

-- move every sequence past the generated ids (Hibernate's pooled optimizer uses nextval-49..nextval)
select setval('ticket_seq', (select max(id) from ticket) + 100);
select setval('ticket_number_seq', (select number_base + n from gen_params));
select setval('ticket_message_seq', (select max(id) from ticket_message) + 100);
select setval('ticket_history_seq', (select max(id) from ticket_history) + 100);

analyze department; analyze app_user; analyze app_user_tier;
analyze ticket; analyze ticket_message; analyze ticket_history;
select status, active, count(*) from ticket group by 1, 2 order by 1;
select pg_size_pretty(pg_database_size(current_database())) as database_size;
