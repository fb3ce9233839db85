-- The question log looks up a visitor's last question on every portal search and every
-- suggestion while typing (typing on refines it); without this index that is a scan of the
-- whole log.
create index ix_knowledge_question_visitor on knowledge_question (visitor, created_at);
