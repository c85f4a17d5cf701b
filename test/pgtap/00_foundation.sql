-- pgTAP: the foundation's SQL surface (types, functions, casts, errors)
BEGIN;
SELECT plan(37);

SELECT has_extension('newsextract', 'extension is installed');
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'newsextract'),
          split_part(news_version(), '.', 1) || '.' || split_part(news_version(), '.', 2),
          'the installed version matches the extractor version news_version() reports');
SELECT has_type('newsdoc', 'type newsdoc exists');
SELECT has_function('news_analyze', ARRAY['text'], 'news_analyze(text)');
SELECT has_function('news_analyze', ARRAY['text', 'text'], 'news_analyze(text, lang)');
SELECT has_function('news_version', 'news_version()');
SELECT has_function('news_name_key', ARRAY['text'], 'news_name_key(text)');
SELECT has_function('lang', ARRAY['newsdoc'], 'lang(newsdoc)');
SELECT has_cast('newsdoc', 'jsonb', 'cast newsdoc -> jsonb');
SELECT function_returns('news_analyze', ARRAY['text'], 'newsdoc', 'news_analyze returns newsdoc');
SELECT volatility_is('news_analyze', ARRAY['text'], 'immutable', 'news_analyze is IMMUTABLE');
SELECT is_strict('news_analyze', ARRAY['text'], 'news_analyze is STRICT');
SELECT volatility_is('news_name_key', ARRAY['text'], 'immutable', 'news_name_key is IMMUTABLE');
SELECT is((SELECT bool_and(proparallel = 's') FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
           JOIN pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'newsextract'),
          true, 'every function of the extension is PARALLEL SAFE');
SELECT is((SELECT extrelocatable FROM pg_extension WHERE extname = 'newsextract'), false,
          'extension is not relocatable');

-- the JSON shape
SELECT ok(news_analyze('Hello world.')::jsonb ?& ARRAY['byline', 'dateline', 'published', 'updated', 'quotes'],
          'jsonb has byline, dateline, published, updated, quotes');
SELECT is(jsonb_typeof(news_analyze('')::jsonb -> 'updated'), 'array', 'updated is an array');
SELECT is(news_analyze('')::jsonb -> 'published', 'null'::jsonb, 'published is null for an empty text');

-- text and binary round trips
SELECT is(('{"lang": "fr", "timestamps": [{"kind": "updated", "value": "2021-03-04T05:06:00-05:00"}]}'::newsdoc)::text::newsdoc::text,
          ('{"lang": "fr", "timestamps": [{"kind": "updated", "value": "2021-03-04T05:06:00-05:00"}]}'::newsdoc)::text,
          'newsdoc text form round-trips');
SELECT is(newsdoc_recv_roundtrip, true, 'newsdoc_send output is accepted by newsdoc_recv')
  FROM (SELECT length(newsdoc_send(news_analyze('A "quote," he said.'))) > 1 AS newsdoc_recv_roundtrip) s;
SELECT is(get_byte(newsdoc_send('{}'::newsdoc), 0), 1, 'binary form starts with format version 1');
SELECT is(('{"lang": "fr", "timestamps": [{"kind": "updated", "value": "2021-03-04T05:06:00-05:00"}]}'::newsdoc)::jsonb -> 'updated',
          '["2021-03-04T05:06:00-05:00"]'::jsonb, 'updated derived from timestamps');

-- errors and their SQLSTATEs
SELECT throws_ok($$SELECT 'garbage'::newsdoc$$, '22P02', NULL, 'malformed newsdoc literal is 22P02');
SELECT throws_ok($$SELECT '{"quotes": 1}'::newsdoc$$, '22P02', NULL, 'wrong field type is 22P02');
SELECT throws_ok($$SELECT '{"unknown": 1}'::newsdoc$$, '22P02', NULL, 'unknown field is 22P02');
SELECT throws_ok($$SELECT news_analyze('x', 'klingon')$$, '22023', NULL, 'unsupported language is 22023');
SELECT lives_ok($$SELECT news_analyze(repeat('«', 100000))$$, 'a text of only quote marks is analyzed');
SELECT lives_ok($$SELECT news_analyze(repeat('A', 1000000))$$, 'one enormous word is analyzed');
SELECT lives_ok($$SELECT news_analyze(repeat('A. ', 300000))$$, 'a long run of initials is analyzed (no quadratic name scan)');
SELECT lives_ok($$SELECT news_analyze(repeat('“ ‘ « said that ', 100000))$$, 'unmatched marks and cue words are analyzed');

-- name keys
SELECT is(news_name_key('José PÉREZ'), news_name_key('jose perez'), 'accents and case fold away');
SELECT is(news_name_key('Сергей Лавров'), 'sergej lavrov', 'Cyrillic names get a Latin key');
SELECT is(news_name_key('  Tim   Korso '), 'tim korso', 'white space is folded');
SELECT isnt(news_name_key('Tim Korso'), news_name_key('Tim Korsov'), 'different names keep different keys');

-- language guess and override
SELECT is(lang(news_analyze('Der Minister sagte am Montag, dass die Regierung die Steuern nicht erhöhen wird und die Pläne für das Jahr bleiben.')), 'de', 'German is recognized');
SELECT is(lang(news_analyze('The minister said on Monday that the government would not raise taxes and that the plans for the year would stay.')), 'en', 'English is recognized');
SELECT is(lang(news_analyze('The minister said on Monday that the government would not raise taxes.', 'es')), 'es', 'language can be forced');

SELECT * FROM finish();
ROLLBACK;
