/* newsextract--1.0.sql: bylines, datelines, quotes and timestamps from news text */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION newsextract" to load this file. \quit

-- ---------------------------------------------------------------- newsdoc

CREATE TYPE @extschema@.newsdoc;

CREATE FUNCTION @extschema@.newsdoc_in(cstring) RETURNS @extschema@.newsdoc
	AS 'MODULE_PATHNAME', 'newsdoc_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.newsdoc_out(@extschema@.newsdoc) RETURNS cstring
	AS 'MODULE_PATHNAME', 'newsdoc_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.newsdoc_recv(internal) RETURNS @extschema@.newsdoc
	AS 'MODULE_PATHNAME', 'newsdoc_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.newsdoc_send(@extschema@.newsdoc) RETURNS bytea
	AS 'MODULE_PATHNAME', 'newsdoc_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.newsdoc (
	INPUT = @extschema@.newsdoc_in,
	OUTPUT = @extschema@.newsdoc_out,
	RECEIVE = @extschema@.newsdoc_recv,
	SEND = @extschema@.newsdoc_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.newsdoc IS
	'the whole analysis of one article (compact binary; text form is JSON)';

CREATE FUNCTION @extschema@.newsdoc_to_jsonb(@extschema@.newsdoc) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'newsdoc_to_jsonb'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE CAST (@extschema@.newsdoc AS jsonb)
	WITH FUNCTION @extschema@.newsdoc_to_jsonb(@extschema@.newsdoc);

-- ---------------------------------------------------------------- analysis

CREATE FUNCTION @extschema@.news_analyze(text) RETURNS @extschema@.newsdoc
	AS 'MODULE_PATHNAME', 'news_analyze'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION @extschema@.news_analyze(text) IS
	'bylines, dateline, timestamps and quotes of an article, in one pass';

CREATE FUNCTION @extschema@.news_analyze(text, lang text) RETURNS @extschema@.newsdoc
	AS 'MODULE_PATHNAME', 'news_analyze_lang'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION @extschema@.news_analyze(text, text) IS
	'news_analyze with the article language given (en, de, fr, es, it, pt, nl, ru, uk)';

CREATE FUNCTION @extschema@.lang(@extschema@.newsdoc) RETURNS text
	AS 'MODULE_PATHNAME', 'newsdoc_lang'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.news_version() RETURNS text
	AS 'MODULE_PATHNAME', 'news_version'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.news_version() IS
	'extractor and ICU versions: stored results are recomputed when this changes';

CREATE FUNCTION @extschema@.news_name_key(text) RETURNS text
	AS 'MODULE_PATHNAME', 'news_name_key'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.news_name_key(text) IS
	'normalized key for matching person names (Latin, no accents, case folded)';
