-- newsdoc: text I/O (JSON form), binary I/O, malformed literals
\set wire `cat test/fixtures/wire_story.txt`
\set web `cat test/fixtures/web_story.txt`

-- the empty analysis, written with every field
SELECT '{"lang": "en", "byline": null, "dateline": null, "timestamps": [], "quotes": []}'::newsdoc;
-- missing fields default to empty; derived fields are accepted and ignored
SELECT '{}'::newsdoc;
SELECT '{"lang": "de", "published": "2022-01-01", "updated": []}'::newsdoc;

-- a literal with every part, and its round trip through text
CREATE TABLE docs (id int, doc newsdoc);
INSERT INTO docs VALUES (1, '{"lang": "en",
  "byline": {"authors": [{"name": "José Pérez", "role": "author"},
                         {"name": "Jane Doe", "role": "editing"}], "agencies": ["Reuters"]},
  "dateline": {"place": "ACCRA", "region": null, "agency": "Reuters", "date": "03-03",
               "text": "ACCRA, March 3 -", "start": 1, "length": 16},
  "timestamps": [{"kind": "published", "value": "2022-02-14T12:40:00+00:00",
                  "date_only": false, "zone_assumed": false, "ambiguous": false,
                  "text": "12:40 GMT 14.02.2022", "start": 5, "length": 20},
                 {"kind": "updated", "value": "2022-02-14", "date_only": true,
                  "zone_assumed": false, "ambiguous": true, "text": "14.02.2022",
                  "start": 40, "length": 10}],
  "quotes": [{"text": "We act \"now\"", "start": 10, "length": 12, "kind": "direct",
              "speaker": "Sergei Lavrov", "speaker_as_written": "Lavrov",
              "speaker_start": 30, "speaker_length": 6, "cue": "said",
              "cue_start": 37, "cue_length": 4, "paragraph": 2, "nested_in": null,
              "parts": [{"start": 10, "length": 4}, {"start": 18, "length": 4}]},
             {"text": "now", "start": 17, "length": 3, "kind": "partial",
              "speaker": null, "speaker_as_written": null, "speaker_start": null,
              "speaker_length": null, "cue": null, "cue_start": null,
              "cue_length": null, "paragraph": 2, "nested_in": 1}]}');
SELECT doc::text::newsdoc::text = doc::text AS text_round_trip FROM docs;
SELECT jsonb_pretty(doc::jsonb) FROM docs;

-- binary round trip through COPY
INSERT INTO docs SELECT 2, news_analyze(:'wire');
INSERT INTO docs SELECT 3, news_analyze(:'web');
COPY docs TO '/tmp/newsextract_regress_docs.bin' (FORMAT binary);
CREATE TABLE docs2 (LIKE docs);
COPY docs2 FROM '/tmp/newsextract_regress_docs.bin' (FORMAT binary);
SELECT d.id, d.doc::text = d2.doc::text AS same
  FROM docs d JOIN docs2 d2 USING (id) ORDER BY id;
SELECT newsdoc_recv IS NOT NULL FROM (SELECT 1) s,
  LATERAL (SELECT newsdoc_send(doc) IS NOT NULL AS newsdoc_recv FROM docs WHERE id = 1) x;

-- hostile binary input: payloads written as bytea, read back as newsdoc
CREATE TABLE raw (id int, b bytea);
INSERT INTO raw VALUES
  (1, '\x'),                                    -- empty
  (2, '\x02'),                                  -- unknown version
  (3, '\x0103656e'),                            -- truncated after the language
  (4, '\x0103656e00ffffffffffffffffff01'),      -- oversized varint
  (5, '\x0103656e0100'),                        -- byline with its counts cut off
  (6, '\x0103656e0001'),                        -- no quote count
  (7, '\x0103656e00008f'),                      -- timestamp count beyond the bytes
  (8, '\x0103656e0000000000'),                  -- trailing garbage
  (9, '\x0103787800000000'),                    -- unknown language "xx"
  (10, '\x0103656e04000000');                   -- unknown presence bit
COPY raw TO '/tmp/newsextract_regress_raw.bin' (FORMAT binary);
CREATE TABLE hostile (id int, doc newsdoc);
DO $$
DECLARE
  i int;
BEGIN
  FOR i IN 1..10 LOOP
    BEGIN
      EXECUTE format('COPY hostile FROM %L (FORMAT binary)', '/tmp/newsextract_regress_raw.bin');
      RAISE NOTICE 'payload accepted';
    EXCEPTION WHEN others THEN
      RAISE NOTICE 'rejected: % %', SQLSTATE, SQLERRM;
    END;
    DELETE FROM raw WHERE id = i;
    EXECUTE format('COPY raw TO %L (FORMAT binary)', '/tmp/newsextract_regress_raw.bin');
  END LOOP;
END $$;
SELECT count(*) AS landed FROM hostile;
-- the smallest valid value is accepted through the same path
TRUNCATE raw;
INSERT INTO raw VALUES (1, '\x0103656e000000');
COPY raw TO '/tmp/newsextract_regress_raw.bin' (FORMAT binary);
COPY hostile FROM '/tmp/newsextract_regress_raw.bin' (FORMAT binary);
SELECT id, doc FROM hostile;

-- malformed literals: 22P02 with the position
\set VERBOSITY default
SELECT 'not json'::newsdoc;
SELECT '{"lang": "en"'::newsdoc;
SELECT '{"lang": "xx"}'::newsdoc;
SELECT '{"nokey": 1}'::newsdoc;
SELECT '{"lang": "en", "lang": "de"}'::newsdoc;
SELECT '{"byline": {"authors": [{"name": "A", "role": "boss"}]}}'::newsdoc;
SELECT '{"dateline": {"place": "X", "date": "13-45"}}'::newsdoc;
SELECT '{"timestamps": [{"kind": "published", "value": "2022-02-30"}]}'::newsdoc;
SELECT '{"timestamps": [{"kind": "published", "value": "2022-02-14T25:61:00+00:00"}]}'::newsdoc;
SELECT '{"quotes": [{"text": "x", "start": 0, "length": 1}]}'::newsdoc;
SELECT '{"quotes": [{"text": "x", "nested_in": 1}]}'::newsdoc;
SELECT '{"quotes": [{"text": "\u0000"}]}'::newsdoc;
SELECT '[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]'::newsdoc;
\set VERBOSITY sqlstate
SELECT 'not json'::newsdoc;
SELECT '{"quotes": [{"text": 5}]}'::newsdoc;
\set VERBOSITY default
