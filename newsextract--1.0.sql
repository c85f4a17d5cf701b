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

-- ---------------------------------------------------------------- byline

CREATE TYPE @extschema@.byline;

CREATE FUNCTION @extschema@.byline_in(cstring) RETURNS @extschema@.byline
	AS 'MODULE_PATHNAME', 'byline_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_out(@extschema@.byline) RETURNS cstring
	AS 'MODULE_PATHNAME', 'byline_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_recv(internal) RETURNS @extschema@.byline
	AS 'MODULE_PATHNAME', 'byline_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_send(@extschema@.byline) RETURNS bytea
	AS 'MODULE_PATHNAME', 'byline_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.byline (
	INPUT = @extschema@.byline_in,
	OUTPUT = @extschema@.byline_out,
	RECEIVE = @extschema@.byline_recv,
	SEND = @extschema@.byline_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.byline IS
	'people credited for an article (name, role) and agencies; text form "Name [role]; Name | Agency"';

CREATE FUNCTION @extschema@.news_byline(text) RETURNS @extschema@.byline
	AS 'MODULE_PATHNAME', 'news_byline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 300;
COMMENT ON FUNCTION @extschema@.news_byline(text) IS 'who the article credits, or NULL';
CREATE FUNCTION @extschema@.byline(@extschema@.newsdoc) RETURNS @extschema@.byline
	AS 'MODULE_PATHNAME', 'newsdoc_byline' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.names(@extschema@.byline) RETURNS text[]
	AS 'MODULE_PATHNAME', 'byline_names' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agencies(@extschema@.byline) RETURNS text[]
	AS 'MODULE_PATHNAME', 'byline_agencies' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_to_jsonb(@extschema@.byline) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'byline_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.byline AS text[]) WITH FUNCTION @extschema@.names(@extschema@.byline);
CREATE CAST (@extschema@.byline AS jsonb) WITH FUNCTION @extschema@.byline_to_jsonb(@extschema@.byline);

CREATE FUNCTION @extschema@.byline_eq(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_ne(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_lt(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_le(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_gt(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_ge(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_cmp(@extschema@.byline, @extschema@.byline) RETURNS int4
	AS 'MODULE_PATHNAME', 'byline_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_equalimage(oid) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_equalimage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_hash(@extschema@.byline) RETURNS int4
	AS 'MODULE_PATHNAME', 'byline_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_hash_extended(@extschema@.byline, int8) RETURNS int8
	AS 'MODULE_PATHNAME', 'byline_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_contains(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_contained(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_overlaps(@extschema@.byline, @extschema@.byline) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_eq, COMMUTATOR = =, NEGATOR = <>,
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_ne, COMMUTATOR = <>, NEGATOR = =,
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_lt, COMMUTATOR = >, NEGATOR = >=,
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_le, COMMUTATOR = >=, NEGATOR = >,
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_gt, COMMUTATOR = <, NEGATOR = <=,
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_ge, COMMUTATOR = <=, NEGATOR = <,
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_contains, COMMUTATOR = <@,
	RESTRICT = matchingsel, JOIN = matchingjoinsel
);
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_contained, COMMUTATOR = @>,
	RESTRICT = matchingsel, JOIN = matchingjoinsel
);
CREATE OPERATOR @extschema@.&& (
	LEFTARG = @extschema@.byline, RIGHTARG = @extschema@.byline,
	FUNCTION = @extschema@.byline_overlaps, COMMUTATOR = &&,
	RESTRICT = matchingsel, JOIN = matchingjoinsel
);

CREATE OPERATOR CLASS @extschema@.byline_ops
	DEFAULT FOR TYPE @extschema@.byline USING btree AS
	OPERATOR 1 @extschema@.< ,
	OPERATOR 2 @extschema@.<= ,
	OPERATOR 3 @extschema@.= ,
	OPERATOR 4 @extschema@.>= ,
	OPERATOR 5 @extschema@.> ,
	FUNCTION 1 @extschema@.byline_cmp(@extschema@.byline, @extschema@.byline),
	FUNCTION 4 @extschema@.byline_equalimage(oid);

CREATE OPERATOR CLASS @extschema@.byline_hash_ops
	DEFAULT FOR TYPE @extschema@.byline USING hash AS
	OPERATOR 1 @extschema@.= ,
	FUNCTION 1 @extschema@.byline_hash(@extschema@.byline),
	FUNCTION 2 @extschema@.byline_hash_extended(@extschema@.byline, int8);

CREATE FUNCTION @extschema@.byline_gin_extract_value(@extschema@.byline, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'byline_gin_extract_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_gin_extract_query(@extschema@.byline, internal, int2, internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'byline_gin_extract_query' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.byline_gin_consistent(internal, int2, @extschema@.byline, int4, internal, internal, internal, internal) RETURNS boolean
	AS 'MODULE_PATHNAME', 'byline_gin_consistent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS @extschema@.byline_gin_ops
	DEFAULT FOR TYPE @extschema@.byline USING gin AS
	OPERATOR 3 @extschema@.&& ,
	OPERATOR 7 @extschema@.@> ,
	FUNCTION 1 btint4cmp(int4, int4),
	FUNCTION 2 @extschema@.byline_gin_extract_value(@extschema@.byline, internal, internal),
	FUNCTION 3 @extschema@.byline_gin_extract_query(@extschema@.byline, internal, int2, internal, internal, internal, internal),
	FUNCTION 4 @extschema@.byline_gin_consistent(internal, int2, @extschema@.byline, int4, internal, internal, internal, internal),
	STORAGE int4;

-- ---------------------------------------------------------------- newsquery

CREATE TYPE @extschema@.newsquery;

CREATE FUNCTION @extschema@.newsquery_in(cstring) RETURNS @extschema@.newsquery
	AS 'MODULE_PATHNAME', 'newsquery_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.newsquery_out(@extschema@.newsquery) RETURNS cstring
	AS 'MODULE_PATHNAME', 'newsquery_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.newsquery_recv(internal) RETURNS @extschema@.newsquery
	AS 'MODULE_PATHNAME', 'newsquery_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.newsquery_send(@extschema@.newsquery) RETURNS bytea
	AS 'MODULE_PATHNAME', 'newsquery_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.newsquery (
	INPUT = @extschema@.newsquery_in,
	OUTPUT = @extschema@.newsquery_out,
	RECEIVE = @extschema@.newsquery_recv,
	SEND = @extschema@.newsquery_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);

COMMENT ON TYPE @extschema@.newsquery IS
	'a query over analyses: author:, speaker:, place:, agency:, cue: with &, |, ! and parentheses';

CREATE FUNCTION @extschema@.newsdoc_match(@extschema@.newsdoc, @extschema@.newsquery) RETURNS boolean
	AS 'MODULE_PATHNAME', 'newsdoc_match' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.@@ (
	LEFTARG = @extschema@.newsdoc, RIGHTARG = @extschema@.newsquery,
	FUNCTION = @extschema@.newsdoc_match,
	RESTRICT = matchingsel, JOIN = matchingjoinsel
);

CREATE FUNCTION @extschema@.newsdoc_gin_extract_value(@extschema@.newsdoc, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'newsdoc_gin_extract_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.newsdoc_gin_extract_query(@extschema@.newsdoc, internal, int2, internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'newsdoc_gin_extract_query' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.newsdoc_gin_consistent(internal, int2, @extschema@.newsdoc, int4, internal, internal, internal, internal) RETURNS boolean
	AS 'MODULE_PATHNAME', 'newsdoc_gin_consistent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.newsdoc_gin_tri_consistent(internal, int2, @extschema@.newsdoc, int4, internal, internal, internal) RETURNS "char"
	AS 'MODULE_PATHNAME', 'newsdoc_gin_tri_consistent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- as for tsvector_ops, the query-side support functions are declared on the
-- indexed type (amvalidate requires it) and receive the newsquery
CREATE OPERATOR CLASS @extschema@.newsdoc_gin_ops
	DEFAULT FOR TYPE @extschema@.newsdoc USING gin AS
	OPERATOR 1 @extschema@.@@ (@extschema@.newsdoc, @extschema@.newsquery),
	FUNCTION 1 btint4cmp(int4, int4),
	FUNCTION 2 @extschema@.newsdoc_gin_extract_value(@extschema@.newsdoc, internal, internal),
	FUNCTION 3 @extschema@.newsdoc_gin_extract_query(@extschema@.newsdoc, internal, int2, internal, internal, internal, internal),
	FUNCTION 4 @extschema@.newsdoc_gin_consistent(internal, int2, @extschema@.newsdoc, int4, internal, internal, internal, internal),
	FUNCTION 6 @extschema@.newsdoc_gin_tri_consistent(internal, int2, @extschema@.newsdoc, int4, internal, internal, internal),
	STORAGE int4;
