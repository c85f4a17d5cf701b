/* newsextract--1.1--1.2.sql: update from 1.1 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION newsextract UPDATE TO '1.2'" to load this file. \quit

-- 1.2 changes what the extractors find, not the SQL objects: German quote
-- speakers (capitalized nouns and times are no names; the subject found by
-- the verb's second place; "laut X"), English attributions with a role and a title
-- ("former Transport Secretary X told"), interrupted quotes whose parts
-- share a cue, and a name spans at most 24 tokens.  Values stored by 1.1
-- keep their format and stay readable; indexes whose expressions call the
-- extractors hold 1.1's answers and are named below to be rebuilt, as in
-- the update to 1.1.
DO $$
DECLARE
	r record;
BEGIN
	FOR r IN
		SELECT DISTINCT d.objid::regclass AS idx
		  FROM pg_catalog.pg_depend d
		  JOIN pg_catalog.pg_index i ON i.indexrelid = d.objid
		  JOIN pg_catalog.pg_depend e ON e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
		   AND e.objid = d.refobjid
		   AND e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
		   AND e.deptype = 'e'
		  JOIN pg_catalog.pg_extension x ON x.oid = e.refobjid
		 WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
		   AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
		   AND x.extname = 'newsextract'
		 ORDER BY 1
	LOOP
		RAISE WARNING 'index % is built on newsextract functions whose results change in 1.2', r.idx
			USING HINT = pg_catalog.format('REINDEX INDEX %s;', r.idx);
	END LOOP;
END
$$;
