-- what news_analyze extracts from two short articles written for these tests
\set wire `cat test/fixtures/wire_story.txt`
\set web `cat test/fixtures/web_story.txt`

SELECT d->'byline' AS byline, d->'dateline' AS dateline
  FROM (SELECT news_analyze(:'wire')::jsonb AS d) s;
SELECT d->'byline' AS byline, d->'dateline' AS dateline,
       d->>'published' AS published, d->'updated' AS updated
  FROM (SELECT news_analyze(:'web')::jsonb AS d) s;

-- quotes with their speakers; substr() of the reported span is the quote text
SELECT q->>'kind' AS kind, q->>'speaker' AS speaker, q->>'cue' AS cue, q->>'text' AS text,
       substr(:'web', (q->>'start')::int, (q->>'length')::int) = q->>'text' AS span_ok
  FROM jsonb_array_elements(news_analyze(:'web')::jsonb -> 'quotes') q;
SELECT q->>'kind' AS kind, q->>'speaker' AS speaker, jsonb_array_length(q->'parts') AS parts
  FROM jsonb_array_elements(news_analyze(:'wire')::jsonb -> 'quotes') q;

-- timestamps carry their flags; a time without a zone is read in UTC and flagged
SELECT t->>'kind' AS kind, t->>'value' AS value, t->>'zone_assumed' AS zone_assumed, t->>'text' AS text
  FROM jsonb_array_elements(news_analyze(E'Council meets\nPublié le 14 février 2022 à 12h40\nLe conseil municipal a approuvé vendredi une nouvelle ligne de tramway vers le port.')::jsonb -> 'timestamps') t;

-- non-UTF-8 database: character offsets of the original text
CREATE DATABASE newsextract_win1252 ENCODING 'WIN1252' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c newsextract_win1252
CREATE EXTENSION newsextract;
SET client_encoding = 'UTF8';
SELECT q->>'text' AS text,
       substr(b, (q->>'start')::int, (q->>'length')::int) = q->>'text' AS span_ok
  FROM (SELECT E'Café owners protest\nThe café owners of the old town protested on Friday against the new rules.\n“We will not close our terraces,” said Zoë Müller, who runs a café near the cathedral.' AS b) s,
       jsonb_array_elements(news_analyze(b)::jsonb -> 'quotes') q;
\c contrib_regression
DROP DATABASE newsextract_win1252;
