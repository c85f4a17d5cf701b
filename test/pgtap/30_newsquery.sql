-- pgTAP: newsquery and @@
BEGIN;
SELECT plan(14);

SELECT has_type('newsquery', 'type newsquery exists');
SELECT has_operator('newsdoc', '@@', 'newsquery', 'boolean', 'operator newsdoc @@ newsquery');
SELECT ok((SELECT amvalidate(oid) FROM pg_opclass WHERE opcname = 'newsdoc_gin_ops'), 'GIN opclass passes amvalidate');
SELECT is('author:korso & (speaker:"sergei lavrov" | place:moscow) & !agency:reuters'::newsquery::text,
          'author:korso & (speaker:"sergei lavrov" | place:moscow) & !agency:reuters', 'canonical text form');
SELECT throws_ok($$SELECT 'place:'::newsquery$$, '22P02', NULL, 'missing value');
SELECT throws_ok($$SELECT 'author:"x'::newsquery$$, '22P02', NULL, 'unterminated quote');
SELECT throws_ok($$SELECT '& place:x'::newsquery$$, '22P02', NULL, 'leading operator');
SELECT throws_ok($$SELECT 'nokey:x'::newsquery$$, '22P02', NULL, 'unknown field');
SELECT throws_ok($$SELECT '((place:x)'::newsquery$$, '22P02', NULL, 'unbalanced parenthesis');
SELECT ok(news_analyze(E'Talks\nBy Tim Korso\nMOSCOW (AP) — Russian Foreign Minister Sergei Lavrov said on Monday that talks would go on.') @@ 'speaker:lavrov',
          'a word matches a token of the speaker''s name');
SELECT ok(news_analyze(E'Talks\nBy Tim Korso\nMOSCOW (AP) — Russian Foreign Minister Sergei Lavrov said on Monday that talks would go on.') @@ 'author:"tim korso" & place:moscow & agency:ap',
          'author, place and agency combine with &');
SELECT ok(NOT (news_analyze(E'Talks\nBy Tim Korso\nMOSCOW (AP) — Russian Foreign Minister Sergei Lavrov said on Monday that talks would go on.') @@ '!author:kor*'),
          'prefix under negation');
SELECT ok(news_analyze('No credits, no quotes, nothing.') @@ '!place:tokyo', 'negation on an empty analysis');
SELECT ok(NOT (news_analyze('No credits, no quotes, nothing.') @@ 'place:tokyo | author:x'), 'no match on an empty analysis');

SELECT * FROM finish();
ROLLBACK;
