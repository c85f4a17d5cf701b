-- encodings: non-UTF-8 databases get correct character offsets; invalid
-- UTF-8 in a SQL_ASCII database is an error with SQLSTATE 22021
\set web `cat test/fixtures/web_story.txt`
CREATE DATABASE newsextract_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE newsextract_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c newsextract_ascii
CREATE EXTENSION newsextract;
\set VERBOSITY sqlstate
SELECT news_analyze(convert_from('\x4d6f7363c3a9ff'::bytea, 'SQL_ASCII'));
SELECT news_name_key(convert_from('\xc3'::bytea, 'SQL_ASCII'));
\set VERBOSITY default
SELECT news_analyze(convert_from('\x4d6f7363c3a9'::bytea, 'SQL_ASCII'))::jsonb -> 'quotes' AS valid_utf8;

\c newsextract_latin1
CREATE EXTENSION newsextract;
SET client_encoding = 'UTF8';
SELECT news_name_key('Ljubiša') AS not_in_latin1;
SELECT news_name_key('José Pérez') AS latin1_key;
SELECT lang(news_analyze('Café crème: le gouvernement a annoncé que les impôts ne seront pas augmentés et le ministre a dit que la situation est stable.'));

\c contrib_regression
DROP DATABASE newsextract_latin1;
DROP DATABASE newsextract_ascii;
