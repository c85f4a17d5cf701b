/* newsextract--1.0--1.1.sql: update from 1.0 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION newsextract UPDATE TO '1.1'" to load this file. \quit

-- 1.1 changes what the extractors find, not the SQL objects: quotes (verbs
-- of naming, German reported speech, subjects after the verb, "as X said"),
-- bylines ("By X / Outlet", "Name | Agency") and datelines (section rubrics
-- are no places).  Values stored by 1.0 keep their on-disk format and stay
-- readable.  Indexes whose expressions call the extractors hold 1.0's
-- answers: each is named in a WARNING (extension scripts run with
-- client_min_messages at warning) so that it can be rebuilt (REINDEX), as
-- after an ICU upgrade.  Stored newsdoc and byline columns are recomputed by
-- an UPDATE of the user's choosing.
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
		RAISE WARNING 'index % is built on newsextract functions whose results change in 1.1', r.idx
			USING HINT = pg_catalog.format('REINDEX INDEX %s;', r.idx);
	END LOOP;
END
$$;
