-- news_analyze: the JSON shape, language guess and override, bad arguments
\set wire `cat test/fixtures/wire_story.txt`
\set web `cat test/fixtures/web_story.txt`

-- every documented key is there
SELECT jsonb_object_keys(news_analyze(:'web')::jsonb) AS key ORDER BY 1;
SELECT jsonb_typeof(news_analyze('')::jsonb -> 'quotes') AS quotes_type,
       news_analyze('')::jsonb -> 'byline' AS byline,
       news_analyze('')::jsonb -> 'updated' AS updated;

-- the language guess, from function words
SELECT lang(news_analyze(:'wire')) AS wire,
       lang(news_analyze('Die Regierung hat am Montag erklärt, dass sie die Steuern nicht erhöhen wird, und der Minister sagte, es sei ein guter Tag für das Land.')) AS de,
       lang(news_analyze('Le gouvernement a annoncé lundi que les impôts ne seront pas augmentés et le ministre a dit que la situation est stable pour les familles.')) AS fr,
       lang(news_analyze('El gobierno anunció el lunes que los impuestos no subirán y el ministro dijo que la situación es estable para las familias del país.')) AS es,
       lang(news_analyze('Правительство заявило в понедельник, что налоги не будут повышены, и министр сказал, что это хороший день для страны и для всех.')) AS ru,
       lang(news_analyze('Уряд заявив у понеділок, що податки не будуть підвищені, і міністр сказав, що це гарний день для країни та для всіх її громадян.')) AS uk,
       lang(news_analyze('12 34 56')) AS none;

-- the language can be given
SELECT lang(news_analyze(:'wire', 'de')) AS forced;
SELECT lang(news_analyze(:'wire', lang => 'fr')) AS named;
SELECT news_analyze(:'wire', 'xx');
SELECT news_analyze(NULL) IS NULL AS strict_null;

-- IMMUTABLE STRICT PARALLEL SAFE everywhere
SELECT proname, provolatile, proisstrict, proparallel
  FROM pg_proc WHERE pronamespace = 'public'::regnamespace
   AND proname IN ('news_analyze', 'news_version', 'news_name_key', 'lang')
 ORDER BY proname, pronargs;

-- the version names the extractor and ICU
SELECT news_version() ~ '^\d+\.\d+\.\d+ \(ICU \d+' AS version_ok;

-- a generated column works
CREATE TABLE articles (id int, body text,
  doc newsdoc GENERATED ALWAYS AS (news_analyze(body)) STORED);
INSERT INTO articles (id, body) VALUES (1, :'wire'), (2, :'web'), (3, '');
SELECT id, lang(doc) FROM articles ORDER BY id;

-- huge input is handled; empty and whitespace-only texts give empty results
SELECT length(news_analyze(repeat('"', 2000000))::text) > 0 AS quotes_only_ok;
SELECT news_analyze(E'   \n\n  \t ')::jsonb -> 'quotes' AS blank;
