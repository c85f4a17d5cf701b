-- pgTAP: the byline type and its operators
BEGIN;
SELECT plan(23);

SELECT has_type('byline', 'type byline exists');
SELECT has_function('news_byline', ARRAY['text'], 'news_byline(text)');
SELECT has_function('byline', ARRAY['newsdoc'], 'byline(newsdoc)');
SELECT has_function('names', ARRAY['byline'], 'names(byline)');
SELECT has_function('agencies', ARRAY['byline'], 'agencies(byline)');
SELECT has_cast('byline', 'text[]', 'cast byline -> text[]');
SELECT has_cast('byline', 'jsonb', 'cast byline -> jsonb');
SELECT has_operator('byline', '@>', 'byline', 'boolean', 'operator @>');
SELECT has_operator('byline', '&&', 'byline', 'boolean', 'operator &&');
SELECT has_operator('byline', '=', 'byline', 'boolean', 'operator =');
SELECT ok((SELECT bool_and(amvalidate(oid)) FROM pg_opclass WHERE opcname LIKE 'byline%'),
          'byline operator classes pass amvalidate');
SELECT is(('Tim Korso; Jane Doe [editing] | Reuters'::byline)::text,
          'Tim Korso; Jane Doe [editing] | Reuters', 'text form round-trips');
SELECT throws_ok($$SELECT 'a;;b'::byline$$, '22P02', NULL, 'empty item is 22P02');
SELECT throws_ok($$SELECT 'a [boss]'::byline$$, '22P02', NULL, 'unknown role is 22P02');
SELECT ok('José Pérez'::byline @> 'JOSE PEREZ', 'a bare name literal matches through name keys');
SELECT ok(NOT ('José Pérez'::byline @> 'Jose Perezz'), 'a different name does not match');
SELECT ok('Tim Korso; Jane Doe'::byline && 'JANE DOE', 'overlap on a shared person');
SELECT is(names(news_byline(E'COCOA HARVEST LATE\nby Maria Lindqvist, Reuters\nACCRA, March 3 - Farmers said on Tuesday that rains had delayed the harvest by two weeks.')),
          ARRAY['Maria Lindqvist'], 'news_byline finds the wire byline');
SELECT is(agencies(news_byline(E'COCOA HARVEST LATE\nby Maria Lindqvist, Reuters\nACCRA, March 3 - Farmers said on Tuesday that rains had delayed the harvest by two weeks.')),
          ARRAY['Reuters'], 'and its agency');
SELECT is(agencies(news_byline(E'Tram approved\nBy Tim Korso for The Daily Herald\nThe council approved a new tram line on Friday after a long debate.')),
          ARRAY['The Daily Herald'], 'a credit "By X for The Daily Herald" credits the paper');
SELECT is(byline_hash_extended('José Pérez', 1), byline_hash_extended('jose perez', 1),
          'extended hash agrees with equality');

SELECT is((SELECT b::text FROM news_byline(E'Nueva línea\nEl concejo aprobó el proyecto.\nAna Bergés/SIPSE MÉRIDA, Yuc.- El concejo aprobó el viernes una nueva línea de tranvía.') b),
          'Ana Bergés | SIPSE', 'news_byline: "Name/OUTLET CITY, St.- " credits the author and the outlet');
SELECT is((SELECT b::text FROM news_byline(E'Nouvelle ligne\nLe conseil a approuvé vendredi une nouvelle ligne de tramway.\nLa ligne ouvrira en 2026. (Victor Hugo – Les Misérables) Le Guetteur | 04/06/2017') b),
          'Le Guetteur', 'news_byline: a blog signature "Name | date" closing the text');
SELECT * FROM finish();
ROLLBACK;
