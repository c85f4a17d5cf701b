/* newsextract--1.2--1.3.sql: update from 1.2 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION newsextract UPDATE TO '1.3'" to load this file. \quit

-- 1.3 changes what the extractors find, not the SQL objects: German
-- reported speech in Konjunktiv I without a verb of saying, "laut X",
-- "nach ... Angaben", "X zufolge"; speakers in French, Spanish and Russian
-- (an article and a role noun, a title alone, the cue before its speaker),
-- the head of an "of" phrase ("Senator X of Texas"), a name in another case
-- one letter apart; repeated quotes reported once; mixed straight and curly
-- marks pair; bylines crediting an outlet ("By X for The Daily Herald") and
-- dated credits in parentheses.  Values stored by 1.2 keep their format and
-- stay readable; indexes whose expressions call the extractors hold 1.2's
-- answers and are named below to be rebuilt, as in the earlier updates.
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
		RAISE WARNING 'index % is built on newsextract functions whose results change in 1.3', r.idx
			USING HINT = pg_catalog.format('REINDEX INDEX %s;', r.idx);
	END LOOP;
END
$$;
