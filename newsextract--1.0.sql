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

-- ---------------------------------------------------------------- parts of the analysis

CREATE TYPE @extschema@.news_dateline AS (
	place text, region text, agency text, month int, day int,
	text text, start int, length int
);

CREATE TYPE @extschema@.news_timestamp AS (
	kind text, value timestamptz, date_only boolean, zone_assumed boolean,
	ambiguous boolean, text text, start int, length int
);

CREATE TYPE @extschema@.news_quote AS (
	text text, start int, length int, kind text,
	speaker text, speaker_as_written text, speaker_start int, speaker_length int,
	cue text, cue_start int, cue_length int, paragraph int, nested_in int
);

CREATE FUNCTION @extschema@.news_dateline(text) RETURNS @extschema@.news_dateline
	AS 'MODULE_PATHNAME', 'news_dateline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 200;

COMMENT ON FUNCTION @extschema@.news_dateline(text) IS
	'the dateline that opens the story (place, region, agency, month, day), or NULL';

CREATE FUNCTION @extschema@.news_quotes(text) RETURNS SETOF @extschema@.news_quote
	AS 'MODULE_PATHNAME', 'news_quotes'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 10;

COMMENT ON FUNCTION @extschema@.news_quotes(text) IS
	'direct, mixed, partial and indirect quotes with speaker and cue';

CREATE FUNCTION @extschema@.news_timestamps(body text, default_zone text DEFAULT 'UTC')
	RETURNS SETOF @extschema@.news_timestamp
	AS 'MODULE_PATHNAME', 'news_timestamps'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 300 ROWS 3;

COMMENT ON FUNCTION @extschema@.news_timestamps(text, text) IS
	'every printed publication / update time; times without a zone are read in default_zone';

CREATE FUNCTION @extschema@.news_published(body text, default_zone text DEFAULT 'UTC') RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'news_published'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 300;

CREATE FUNCTION @extschema@.news_updated(body text, default_zone text DEFAULT 'UTC') RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'news_updated'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 300;

COMMENT ON FUNCTION @extschema@.news_updated(text, text) IS 'the latest printed update time';

-- accessors of a stored analysis
CREATE FUNCTION @extschema@.dateline(@extschema@.newsdoc) RETURNS @extschema@.news_dateline
	AS 'MODULE_PATHNAME', 'newsdoc_dateline'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.quotes(@extschema@.newsdoc) RETURNS SETOF @extschema@.news_quote
	AS 'MODULE_PATHNAME', 'newsdoc_quotes'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;

CREATE FUNCTION @extschema@.timestamps(@extschema@.newsdoc) RETURNS SETOF @extschema@.news_timestamp
	AS 'MODULE_PATHNAME', 'newsdoc_timestamps'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;

CREATE FUNCTION @extschema@.published(@extschema@.newsdoc) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'newsdoc_published'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.updated(@extschema@.newsdoc) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'newsdoc_updated'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.speakers(@extschema@.newsdoc) RETURNS text[]
	AS 'MODULE_PATHNAME', 'newsdoc_speakers'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
