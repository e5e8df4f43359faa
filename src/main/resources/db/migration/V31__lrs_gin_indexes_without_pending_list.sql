-- The LRS's GIN indexes (agent, related activities, related agents) keep new entries in a "pending list" by default
-- (fastupdate), which every query using the index must read through. Right after a burst of xAPI writes that list
-- made an agent filter take about 70 ms at 1,000,000 statements (bench/RESULTS.md), instead of under 1 ms.
-- Without it, each insert puts its few keys straight into the index.
ALTER INDEX xapi_statement_agent_keys SET (fastupdate = off);
ALTER INDEX xapi_statement_related_activities SET (fastupdate = off);
ALTER INDEX xapi_statement_related_agents SET (fastupdate = off);
SELECT gin_clean_pending_list('xapi_statement_agent_keys'::regclass);
SELECT gin_clean_pending_list('xapi_statement_related_activities'::regclass);
SELECT gin_clean_pending_list('xapi_statement_related_agents'::regclass);
