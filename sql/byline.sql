-- the byline type: text and binary I/O, operators, casts, opclasses, GIN
SELECT 'Tim Korso'::byline AS one_name,
       'Tim Korso; Jane Doe [editing] | Reuters; AFP'::byline AS full,
       '  Tim   Korso ;Jane Doe[ editing ]|Reuters'::byline AS spaces_folded,
       '| AFP; dpa'::byline AS agencies_only,
       'O\;Neil \[jr\]'::byline AS escaped;
-- text form round-trips
SELECT b::text::byline::text = b::text AS round_trip
  FROM (VALUES ('Tim Korso; Jane Doe [editing] | Reuters'::byline), ('| AFP'::byline),
               ('José Pérez [additional reporting]'::byline), ('O\;Neil'::byline)) v(b);
-- every role
SELECT 'A B [author]; C D [reporting]; E F [additional reporting]; G H [writing]; I J [editing]; K L [photos]; M N [compiled]'::byline;
-- repeated people (same key and role) and agencies are dropped
SELECT 'Tim Korso; TIM KORSO; Tim Korso [editing] | Reuters; REUTERS'::byline;

-- malformed literals: 22P02
SELECT ''::byline;
SELECT 'a;;b'::byline;
SELECT 'a; b;'::byline;
SELECT 'a [boss]'::byline;
SELECT 'a [editing'::byline;
SELECT 'a | b | c'::byline;
SELECT '...'::byline;
SELECT 'trailing\'::byline;
\set VERBOSITY sqlstate
SELECT 'a;;b'::byline;
\set VERBOSITY default

-- equality and hashing on the normalized form
SELECT 'José Pérez'::byline = 'JOSE PEREZ' AS eq_folded,
       'Tim Korso; Jane Doe'::byline = 'Jane Doe; Tim Korso' AS eq_order,
       'Tim Korso'::byline = 'Tim Korso [editing]' AS eq_role,
       byline_hash('José Pérez') = byline_hash('jose perez') AS hash_folded,
       byline_hash_extended('José Pérez', 7) = byline_hash_extended('jose perez', 7) AS hash_ext,
       byline_hash_extended('José Pérez', 7) <> byline_hash_extended('José Pérez', 8) AS seeded;
-- containment and overlap, on name keys
SELECT 'José Pérez; Tim Korso | Reuters'::byline @> 'JOSE PEREZ' AS contains_person,
       'José Pérez'::byline @> 'Tim Korso' AS not_contains,
       'José Pérez | Reuters'::byline @> '| reuters' AS contains_agency,
       'Tim Korso'::byline <@ 'Tim Korso; Jane Doe' AS contained,
       'Tim Korso; Jane Doe'::byline && 'jane doe; Max Mustermann' AS overlaps,
       'Tim Korso'::byline && 'Jane Doe' AS no_overlap,
       'Tim Korso'::byline @> '| AFP' AS needs_agency;
-- casts and accessors
SELECT names(b), agencies(b), b::text[] AS cast_names, b::jsonb AS cast_jsonb
  FROM (SELECT 'Tim Korso; Jane Doe [editing] | Reuters'::byline AS b) s;
-- from articles
SELECT news_byline(E'COCOA HARVEST LATE\nby Maria Lindqvist, Reuters\nACCRA, March 3 - Farmers said on Tuesday that rains had delayed the harvest by two weeks.') AS wire,
       news_byline('The council approved a new tram line on Friday after a long debate.') IS NULL AS none,
       byline(news_analyze(E'Tram\nBY ANNA BERG AND TOM HOLT\nThe city council approved a new tram line on Friday after a debate that lasted two years.')) AS from_doc;

-- opclasses pass amvalidate
SELECT opcname, amname, amvalidate(c.oid)
  FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
 WHERE opcname LIKE 'byline%' ORDER BY 1;

-- binary COPY round trip, and hostile payloads are refused
CREATE TABLE bl (id int, b byline);
INSERT INTO bl VALUES (1, 'Tim Korso; Jane Doe [editing] | Reuters'), (2, '| AFP'), (3, 'José Pérez');
COPY bl TO '/tmp/newsextract_regress_byline.bin' (FORMAT binary);
CREATE TABLE bl2 (LIKE bl);
COPY bl2 FROM '/tmp/newsextract_regress_byline.bin' (FORMAT binary);
SELECT bl.id, bl.b::text = bl2.b::text AS same FROM bl JOIN bl2 USING (id) ORDER BY 1;
CREATE TABLE rawb (id int, b bytea);
INSERT INTO rawb VALUES (1, '\x'), (2, '\x02'), (3, '\x01'), (4, '\x01ffffffff0f'),
  (5, '\x0101054a6f686e'), (6, '\x01010141ff0161'), (7, '\x010000ff'), (8, '\x01010141000161000000'),
  (9, '\x0101014100016100');  -- the one valid payload: author "A"
CREATE TABLE hostileb (id int, b byline);
DO $$
DECLARE
  i int;
BEGIN
  FOR i IN 1..9 LOOP
    EXECUTE format('COPY (SELECT id, b FROM rawb WHERE id = %s) TO %L (FORMAT binary)', i, '/tmp/newsextract_regress_rawb.bin');
    BEGIN
      EXECUTE format('COPY hostileb FROM %L (FORMAT binary)', '/tmp/newsextract_regress_rawb.bin');
      RAISE NOTICE 'payload % accepted', i;
    EXCEPTION WHEN others THEN
      RAISE NOTICE 'payload % rejected: %', i, SQLSTATE;
    END;
  END LOOP;
END $$;
SELECT id, b FROM hostileb;

-- a GIN index on 100,000 bylines answers @> and && like a sequential scan
CREATE TABLE credits AS
  SELECT i AS id,
         (format('%s %s', (ARRAY['Anna','Tom','Jane','José','Maria','Ivan'])[1 + i % 6],
                          (ARRAY['Berg','Holt','Doe','Pérez','Lindqvist','Petrov','Korso'])[1 + i % 7])
          || CASE WHEN i % 5 = 0 THEN '; Max Mustermann [editing]' ELSE '' END
          || CASE WHEN i % 3 = 0 THEN ' | Reuters' ELSE '' END)::byline AS b
  FROM generate_series(1, 100000) i;
CREATE INDEX credits_b ON credits USING gin (b);
ANALYZE credits;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM credits WHERE b @> 'JOSE PEREZ';
SELECT count(*) AS idx_contains FROM credits WHERE b @> 'JOSE PEREZ';
SELECT count(*) AS idx_overlap FROM credits WHERE b && 'Max Mustermann; Tom Holt';
SELECT count(*) AS idx_agency FROM credits WHERE b @> 'jose perez | reuters';
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT count(*) AS seq_contains FROM credits WHERE b @> 'JOSE PEREZ';
SELECT count(*) AS seq_overlap FROM credits WHERE b && 'Max Mustermann; Tom Holt';
SELECT count(*) AS seq_agency FROM credits WHERE b @> 'jose perez | reuters';
RESET enable_bitmapscan;
RESET enable_indexscan;
-- hash and btree opclasses work: hash join, grouping, sorting, a hash-partitioned table
SELECT b, count(*) FROM credits WHERE id <= 42 GROUP BY b ORDER BY b LIMIT 3;
CREATE TABLE parts (b byline) PARTITION BY HASH (b);
CREATE TABLE parts_0 PARTITION OF parts FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE parts_1 PARTITION OF parts FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO parts VALUES ('José Pérez'), ('JOSE PEREZ'), ('Tim Korso');
SELECT count(DISTINCT tableoid) = 1 AS same_partition FROM parts WHERE b = 'jose perez';
DROP TABLE credits, parts, bl, bl2, rawb, hostileb;
