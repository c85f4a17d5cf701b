-- pgTAP: what news_analyze extracts, field by field, on short real-looking texts
BEGIN;
SELECT plan(43);

SELECT is(news_analyze(E'OIL PRICES RISE\nHOUSTON, March 3 - Oil prices rose on Tuesday as traders bet that supplies would tighten in spring.')::jsonb #>> '{dateline,place}',
          'HOUSTON', 'Reuters dateline place');
SELECT is(news_analyze(E'OIL PRICES RISE\nHOUSTON, March 3 - Oil prices rose on Tuesday as traders bet that supplies would tighten in spring.')::jsonb #>> '{dateline,date}',
          '03-03', 'Reuters dateline date as MM-DD');
SELECT is(news_analyze(E'Talks resume\nBEIRUT (AP) — Negotiators met again on Monday to discuss the exchange of prisoners and ports.')::jsonb #>> '{dateline,agency}',
          'AP', 'AP dateline agency');
SELECT is(news_analyze(E'Lavrov: Talks Partially Successful\nThe minister said on Friday that the talks had been partially successful and would go on.')::jsonb -> 'dateline',
          'null'::jsonb, 'a headline with a colon is no dateline');
SELECT is(news_analyze(E'COCOA HARVEST LATE\nby Maria Lindqvist, Reuters\nACCRA, March 3 - Farmers said on Tuesday that rains had delayed the harvest by two weeks.')::jsonb #> '{byline,authors}',
          '[{"name": "Maria Lindqvist", "role": "author"}]'::jsonb, 'byline name and role');
SELECT is(news_analyze(E'COCOA HARVEST LATE\nby Maria Lindqvist, Reuters\nACCRA, March 3 - Farmers said on Tuesday that rains had delayed the harvest by two weeks.')::jsonb #> '{byline,agencies}',
          '["Reuters"]'::jsonb, 'byline agency');
SELECT is(news_analyze(E'Harbour tram approved\nThe council approved a new tram line on Friday after a debate that lasted two years.\nThe line opens in 2026, the mayor said at a news conference.\nReporting by Anna Berg; Editing by Tom Holt')::jsonb #> '{byline,authors}',
          '[{"name": "Anna Berg", "role": "reporting"}, {"name": "Tom Holt", "role": "editing"}]'::jsonb, 'end credits with roles');
SELECT is(news_analyze('The council approved a new tram line on Friday after a debate that lasted two years.')::jsonb -> 'byline',
          'null'::jsonb, 'no credit, no byline');
SELECT is(news_analyze(E'Tram\n10:05 GMT 03.03.2023 (Updated: 11:20 GMT 03.03.2023)\nAnna Berg\nThe council approved a new tram line on Friday after a long debate.')::jsonb ->> 'published',
          '2023-03-03T10:05:00+00:00', 'published from the time line');
SELECT is(news_analyze(E'Tram\n10:05 GMT 03.03.2023 (Updated: 11:20 GMT 03.03.2023)\nAnna Berg\nThe council approved a new tram line on Friday after a long debate.')::jsonb -> 'updated',
          '["2023-03-03T11:20:00+00:00"]'::jsonb, 'updated from "(Updated: …)"');
SELECT is(news_analyze(E'Tram\nAnna Berg\nThe council approved a new tram line on Friday after a long debate.')::jsonb -> 'published',
          'null'::jsonb, 'no printed date, no publication time');
SELECT is(news_analyze(E'Tram\nPUBLISHED: . 14:11 EST, 25 October 2013 .\nThe council approved a new tram line on Friday after a long debate.')::jsonb ->> 'published',
          '2013-10-25T14:11:00-05:00', 'EST offset kept');
SELECT is((SELECT count(*)::int FROM jsonb_array_elements(news_analyze(E'Tram\nThe council approved a new line on Friday.\n"This is the most important decision of the decade," Mayor Thomas Keller said. "Work starts now."')::jsonb -> 'quotes') q
           WHERE q->>'kind' = 'direct'), 1, 'an interrupted quote is one direct quote');
SELECT is((SELECT q->>'speaker' FROM jsonb_array_elements(news_analyze(E'Tram\nThe council approved a new line on Friday.\n"This is the most important decision of the decade," Mayor Thomas Keller said.\nKeller added that the line would open in 2026.')::jsonb -> 'quotes') q
           WHERE q->>'kind' = 'indirect'), 'Thomas Keller', 'indirect speech, short name resolved');
SELECT is((SELECT q->>'kind' FROM jsonb_array_elements(news_analyze('The council approved what critics called a "vanity project" on Friday.')::jsonb -> 'quotes') q),
          'partial', 'scare quotes are partial');
SELECT ok((SELECT bool_and(substr(b, (q->>'start')::int, (q->>'length')::int) = q->>'text')
           FROM (SELECT E'Café row\nThe café owners protested on Friday against the new rules in the old town.\n«Nous ne fermerons pas», a déclaré Zoë Müller, qui tient un café.' AS b) s,
                jsonb_array_elements(news_analyze(b)::jsonb -> 'quotes') q), 'quote spans are character offsets');

-- quotes: layouts and speakers
SELECT is((SELECT speaker FROM news_quotes(E'\u201CIf the state did not act, families will have nothing to rely on,\u201D Sen. Ann Ruiz (D-N.M.) said Tuesday.')),
          'Ann Ruiz', 'news_quotes: "Sen. X (D-N.M.) said"');
SELECT is((SELECT count(*)::int FROM news_quotes(E'The vote was close.\n''''I do not judge what people spend money on,'''' Mr. Lowe said. ''''But most families wish they could go back.''''')),
          1, 'news_quotes: two apostrophes make a double mark; the interrupted quote is one row');
SELECT is((SELECT speaker FROM news_quotes(E'Dr. Helen Park, a surgeon at the city hospital, said:\n\n"We had never seen so many patients in a single night."')),
          'Helen Park', 'news_quotes: a cue and a colon closing the paragraph before the quote');
SELECT is((SELECT kind || '/' || speaker FROM news_quotes('Según la policía, el incendio comenzó en la cocina del restaurante.')),
          'indirect/la policía', 'news_quotes: Spanish "según X,"');
SELECT is((SELECT kind FROM news_quotes('The show ''''Good Morning Town'''' returns to the morning schedule in May after a long break.')),
          'partial', 'news_quotes: a quoted title is partial');
SELECT is((SELECT kind || '/' || speaker FROM news_quotes(E'Clinton slammed the proposal as \u201Creprehensible, prejudiced and divisive.\u201D')),
          'mixed/Clinton', 'news_quotes: a describing verb governs a mixed clause');
SELECT is((SELECT speaker || '/' || length(text) FROM news_quotes('"The audit is overdue," State Election Board chairman Tom Reyes said. "We will start on Monday."')),
          'Tom Reyes/46', 'news_quotes: an institution, its role, the name; the two parts are one quote');
SELECT is((SELECT string_agg(kind || ':' || coalesce(speaker, '-'), ',' ORDER BY start) FROM news_quotes('"We lost," Dan Webb said on Sunday on the program "Face the Town."')),
          'direct:Dan Webb,partial:-', 'news_quotes: a title after the cue is partial and no one''s words');
SELECT is((SELECT string_agg(kind || ':' || coalesce(speaker, '-'), ',' ORDER BY start) FROM quotes(news_analyze('Die Kosten seien zu hoch, sagte Obama am Montag. Er selber wolle aber unabhängig bleiben.', 'de'))),
          'indirect:Obama,indirect:Obama', 'news_quotes: a German sentence in Konjunktiv I runs on with the speaker before it');
SELECT is((SELECT text || '/' || speaker FROM quotes(news_analyze('Die Feuerwehr gab am Abend an, dass das Schicksal der Vermissten noch unklar sei.', 'de'))),
          'dass das Schicksal der Vermissten noch unklar sei/Die Feuerwehr', 'news_quotes: a clause in Konjunktiv I after a subject and a comma');
SELECT is((SELECT speaker_as_written FROM news_quotes('The company has said that it will cut 300 jobs in the coming months.')),
          'The company', 'news_quotes: the auxiliary of a perfect-tense cue is not part of the speaker');
SELECT is((SELECT text || '/' || speaker FROM quotes(news_analyze('Laut Innenminister Alfredo Rubalcaba sei aus ungeklärter Ursache nichts weiter passiert.', 'de'))),
          'sei aus ungeklärter Ursache nichts weiter passiert/Alfredo Rubalcaba', 'news_quotes: German "laut X" followed by the verb');
SELECT is((SELECT speaker FROM news_quotes('The talks will resume on Monday, said a spokesman for the ministry.')),
          'a spokesman for the ministry', 'news_quotes: "…, said a spokesman for the ministry."');
SELECT is((SELECT speaker_as_written FROM quotes(news_analyze('Nach palästinensischen Angaben sind unter den Toten 36 Kinder.', 'de'))),
          'palästinensischen Angaben', 'news_quotes: German "nach … Angaben" names the source');
SELECT is((SELECT count(*)::int FROM news_quotes(E'Council backs tram\nThe mayor has stated that the tram line will open in June next year.Critics disagree.\n\nTram line approved\n\nThe council met on Friday. The mayor has stated that the tram line will open in June next year.')),
          1, 'news_quotes: a quote repeated from a glued teaser is reported once');

SELECT is((SELECT speaker || '/' || kind FROM news_quotes(E'"This is a catastrophic outcome for the campaign,\u201D said Jason Miller. \u201CIt could not get any worse."')),
          'Jason Miller/direct', 'news_quotes: a straight mark closed by a curly one, and the reverse, pair into one quote');
SELECT is((SELECT speaker_as_written FROM quotes(news_analyze('Le ministre a déclaré que les négociations reprendraient dès la semaine prochaine.', 'fr'))),
          'Le ministre', 'news_quotes: a French article and role noun is the subject; the auxiliary "a" ends it');
SELECT is((SELECT speaker FROM news_quotes('Senator Ted Cruz of Texas said that the talks would resume next week in Geneva.')),
          'Ted Cruz', 'news_quotes: "Senator X of Texas said": the name before "of" is the speaker');
SELECT is((SELECT speaker_as_written || '/' || left(text, 10) FROM quotes(news_analyze('Министр заявил, что переговоры продолжатся на следующей неделе в Женеве.', 'ru'))),
          'Министр/переговоры', 'news_quotes: a Russian title alone is the subject; the clause starts after "что"');
SELECT is((SELECT speaker_as_written FROM quotes(news_analyze('Como dijo el ministro de Economía, la inflación bajará este año.', 'es'))),
          'el ministro de Economía', 'news_quotes: Spanish "Como dijo X, …"');
SELECT is((SELECT speaker FROM quotes(news_analyze(E'Пресс-секретарь президента Дмитрий Песков заявил, что Кремль следит за развитием ситуации.\n\nПо словам Пескова, переговоры продолжатся на следующей неделе в Женеве.', 'ru')) WHERE speaker_as_written = 'Пескова'),
          'Дмитрий Песков', 'news_quotes: a Russian surname in another case resolves to the full name (one letter apart)');
SELECT is((SELECT string_agg(speaker_as_written || '/' || cue, ',') FROM news_quotes('A study by the university found that most voters distrust the polls this year. Police found the body of a man in the river on Monday.')),
          'A study by the university/found', 'news_quotes: "found that" attributes a finding; "found the body" reports nothing');
SELECT is((SELECT text || '/' || speaker_as_written FROM news_quotes('The economy, the minister said, is in much better shape than a year ago.')),
          'The economy is in much better shape than a year ago/the minister', 'news_quotes: "X, the minister said, Y" is one report in two parts');
SELECT is((SELECT speaker FROM news_quotes('Chances of the former mayor winning are small, according to recent polls.')),
          'recent polls', 'news_quotes: "…, according to recent polls." names the polls as the source');
SELECT is((SELECT speaker || '/' || cue FROM news_quotes(E'Lynch: No outside influence on the FBI inquiry\n\nAttorney General Loretta Lynch spoke to reporters in Washington on Tuesday about the inquiry.')),
          'Loretta Lynch/:', 'news_quotes: a headline "Name: statement" is the named person''s');
SELECT is((SELECT speaker FROM news_quotes(E'Talks\n\nRussian Foreign Minister Sergei Lavrov said on Monday that the talks would resume in Geneva next week.\n\nThe foreign minister added that Moscow expected written answers from Washington soon.') WHERE speaker_as_written = 'The foreign minister'),
          'Sergei Lavrov', 'news_quotes: "the foreign minister" is the person the article gave that role');
SELECT is((SELECT speaker_as_written FROM quotes(news_analyze('« Nous ne lâcherons rien », a déclaré mardi le secrétaire général de la CGT, Philippe Martinez.', 'fr'))),
          'Philippe Martinez', 'news_quotes: French "a déclaré mardi le secrétaire général …, Name"');
SELECT * FROM finish();
ROLLBACK;
