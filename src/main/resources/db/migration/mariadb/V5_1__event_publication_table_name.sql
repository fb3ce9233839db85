-- Spring Modulith's JDBC event publication registry writes to EVENT_PUBLICATION in upper case. MariaDB on Linux
-- tells table names apart by case (lower_case_table_names = 0), so the lower-case table of V1_1 was never found:
-- the first transactional event listeners (outgoing mail) failed with "Table 'EVENT_PUBLICATION' doesn't exist".
-- Where names are not case-sensitive the table is found as it is, and renaming it to itself would fail.
set @rename = if(@@lower_case_table_names = 0, 'rename table event_publication to EVENT_PUBLICATION', 'do 0');
prepare rename_event_publication from @rename;
execute rename_event_publication;
deallocate prepare rename_event_publication;
