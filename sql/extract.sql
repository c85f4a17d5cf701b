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

-- the parts as composite rows, from a text and from a stored newsdoc
SET timezone = 'UTC';
SELECT * FROM news_dateline(:'wire');
SELECT news_dateline('The council approved a new tram line on Friday after a long debate.') IS NULL AS no_dateline;
SELECT kind, speaker, speaker_as_written, cue, paragraph, nested_in, left(text, 30) AS text
  FROM news_quotes(:'web');
SELECT kind, value, date_only, zone_assumed, ambiguous, text, start, length
  FROM news_timestamps(:'web');
-- a time printed without a zone is read in the zone given, and flagged
SELECT value, zone_assumed FROM news_timestamps(E'Tram\n10:05 03.03.2023\nThe council approved a new tram line on Friday after a long debate.', 'Europe/Berlin');
SELECT value, zone_assumed FROM news_timestamps(E'Tram\n10:05 03.03.2023\nThe council approved a new tram line on Friday after a long debate.', '+03:00');
SELECT news_timestamps('x', 'Mars/Olympus');
SELECT news_published(:'web') AS published, news_updated(:'web') AS updated,
       news_published('No date here at all, said nobody.') IS NULL AS none;
SELECT (dateline(d)).place, published(d), updated(d), speakers(d),
       (SELECT count(*) FROM quotes(d)) AS quotes, (SELECT count(*) FROM timestamps(d)) AS timestamps
  FROM (SELECT news_analyze(:'web') AS d) s;
SELECT speakers(news_analyze('No quotes in this text.')) AS no_speakers;
-- the SRFs are usable under LIMIT and in lateral joins
SELECT a.id, q.kind FROM (VALUES (1, :'web'), (2, :'wire')) a(id, body), news_quotes(a.body) q ORDER BY 1, 2 LIMIT 3;
