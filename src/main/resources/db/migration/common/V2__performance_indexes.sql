-- Indexes for ticket lists without a status filter (GET /api/v1/tickets?status=all, with or
-- without tier), oldest or newest first. Without them PostgreSQL sorts the whole ticket table
-- for every page (about 0.6 s per request at 1,000,000 tickets, see docs/performance.md).
-- Portable across H2, PostgreSQL and MariaDB.
create index ix_ticket_created on ticket (created_at, id);
create index ix_ticket_tier_created on ticket (tier_id, created_at, id);
