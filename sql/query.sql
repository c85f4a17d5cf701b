-- newsquery: syntax, canonical output, errors, @@, and the GIN index on newsdoc
SELECT 'author:korso & (speaker:"sergei lavrov" | place:moscow) & !agency:reuters'::newsquery;
SELECT 'speaker:Lavrov'::newsquery, 'author:kor*'::newsquery, 'place:"NEW  YORK"'::newsquery,
       'cue:said | cue:told & !place:x'::newsquery, '((place:x))'::newsquery, 'place:São-Paulo'::newsquery;
-- text form round-trips
SELECT q::text::newsquery::text = q::text AS round_trip
  FROM (VALUES ('author:korso & (speaker:"sergei lavrov" | place:moscow) & !agency:reuters'::newsquery),
               ('!(place:a | place:b) & cue:said'::newsquery), ('speaker:"o\"neil"'::newsquery)) v(q);
-- syntax errors: 22P02 naming the position
SELECT 'place:'::newsquery;
SELECT 'author:"x'::newsquery;
SELECT '& place:x'::newsquery;
SELECT 'nokey:x'::newsquery;
SELECT '((place:x)'::newsquery;
SELECT 'place:x)'::newsquery;
SELECT 'place:x &'::newsquery;
SELECT ''::newsquery;
\set VERBOSITY sqlstate
SELECT 'nokey:x'::newsquery;
\set VERBOSITY default

-- matching an analysis
CREATE TABLE news (id int, body text,
  doc newsdoc GENERATED ALWAYS AS (news_analyze(body)) STORED);
INSERT INTO news (id, body) VALUES
 (1, E'OIL PRICES RISE\nby Maria Lindqvist, Reuters\nTOKYO, March 3 - Oil prices rose on Tuesday, traders said.\n"We expect more gains," said Kenji Sato, an analyst at a bank.'),
 (2, E'Talks resume\nBy Tim Korso\nMOSCOW (AP) — Russian Foreign Minister Sergei Lavrov said on Monday that the talks would go on.\n"We have received the responses," Lavrov said.'),
 (3, E'Tram line approved\nThe council approved a new tram line on Friday after a long debate that divided residents.');
SELECT id, doc @@ 'place:tokyo' AS tokyo, doc @@ 'speaker:lavrov' AS lavrov,
       doc @@ 'speaker:"sergei lavrov"' AS full_name, doc @@ 'author:kor*' AS prefix,
       doc @@ '!agency:reuters' AS not_reuters, doc @@ 'agency:ap | agency:reuters' AS any_agency,
       doc @@ 'cue:said & place:moscow' AS cue_place
  FROM news ORDER BY id;

-- 40,000 rows, a GIN index, and the same rows from the index and a sequential scan
INSERT INTO news (id, body)
  SELECT i, format(E'MARKETS REVIEW\nby %s, %s\n%s, March %s - Traders said on Tuesday that prices rose in heavy trade.\n"We expect more gains," said %s, an analyst at a bank.',
                   (ARRAY['Maria Lindqvist','Tim Korso','Jane Doe','José Pérez','Anna Berg'])[1 + i % 5],
                   (ARRAY['Reuters','AFP','AP'])[1 + i % 3],
                   (ARRAY['TOKYO','LONDON','NEW YORK','PARIS','MOSCOW','SEOUL','BERLIN'])[1 + i % 7],
                   1 + i % 28,
                   (ARRAY['Kenji Sato','Sergei Lavrov','Ann Lee','Paul Smith'])[1 + i % 4])
  FROM generate_series(4, 40000) i;
CREATE INDEX news_doc ON news USING gin (doc);
ANALYZE news;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM news WHERE doc @@ 'place:tokyo';
CREATE TEMP TABLE queries (q newsquery);
INSERT INTO queries VALUES ('place:tokyo'), ('author:korso'), ('speaker:lavrov & place:moscow'),
  ('agency:afp | place:"new york"'), ('author:"jose perez" & !agency:ap'), ('speaker:sergei & !place:seoul'),
  ('!place:tokyo'), ('author:kor*'), ('cue:said & (place:berlin | place:paris)'), ('place:nowhere');
CREATE TEMP TABLE by_index AS
  SELECT q::text AS q, count(*) AS n, sum(id) AS ids FROM queries, news WHERE doc @@ q GROUP BY 1;
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
CREATE TEMP TABLE by_seqscan AS
  SELECT q::text AS q, count(*) AS n, sum(id) AS ids FROM queries, news WHERE doc @@ q GROUP BY 1;
RESET enable_bitmapscan;
RESET enable_indexscan;
SELECT s.q, s.n, i.n = s.n AND i.ids = s.ids AS same_rows
  FROM by_seqscan s LEFT JOIN by_index i USING (q) ORDER BY s.q;
SELECT amvalidate(oid) FROM pg_opclass WHERE opcname = 'newsdoc_gin_ops';
-- binary round trip of newsquery
CREATE TEMP TABLE qs (q newsquery);
INSERT INTO qs SELECT q FROM queries;
COPY qs TO '/tmp/newsextract_regress_q.bin' (FORMAT binary);
CREATE TEMP TABLE qs2 (q newsquery);
COPY qs2 FROM '/tmp/newsextract_regress_q.bin' (FORMAT binary);
SELECT (SELECT array_agg(q::text ORDER BY q::text) FROM qs) = (SELECT array_agg(q::text ORDER BY q::text) FROM qs2) AS binary_round_trip;
DROP TABLE news;
-- hostile binary newsquery payloads are refused
CREATE TEMP TABLE rawq (id int, b bytea);
INSERT INTO rawq VALUES (1, '\x'), (2, '\x02'), (3, '\x010000'), (4, '\x010100'),
  (5, '\x0101000100ff7f'), (6, '\x010200020200'), (7, '\x0101000109000100'),
  (8, '\x01010001000001006178'),
  (9, '\x010100010000010061');  -- the one valid payload: author:a
CREATE TEMP TABLE hostileq (q newsquery);
DO $$
DECLARE
  i int;
BEGIN
  FOR i IN 1..9 LOOP
    EXECUTE format('COPY (SELECT b FROM rawq WHERE id = %s) TO %L (FORMAT binary)', i, '/tmp/newsextract_regress_rawq.bin');
    BEGIN
      EXECUTE format('COPY hostileq FROM %L (FORMAT binary)', '/tmp/newsextract_regress_rawq.bin');
      RAISE NOTICE 'payload % accepted', i;
    EXCEPTION WHEN others THEN
      RAISE NOTICE 'payload % rejected: %', i, SQLSTATE;
    END;
  END LOOP;
END $$;
SELECT q FROM hostileq;
