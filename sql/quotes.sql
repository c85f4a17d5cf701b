--
-- news_quotes(): direct, mixed, partial and indirect speech with speakers.
-- Short texts written for these tests, in the layouts news copy uses.
--
\pset null '(null)'
CREATE FUNCTION q(body text)
RETURNS TABLE (kind text, speaker text, cue text, quote text, nested int)
LANGUAGE sql IMMUTABLE AS
$$ SELECT kind, speaker, cue, text, nested_in FROM news_quotes(body) $$;

-- marks of several languages
SELECT * FROM q('“We will not back down from this fight,” the mayor said.');
SELECT * FROM q('„Wir haben alles versucht, um die Schule zu retten“, sagte Bürgermeisterin Anna Vogel.');
SELECT * FROM q('« Nous ne céderons rien sur les retraites », a déclaré Marc Dupuis.');
SELECT * FROM q('«Vamos a recurrir la sentencia ante el Supremo», afirmó Lucía Herrera.');
SELECT * FROM q('‹Das ist ein guter Tag für die Stadt›, sagte er.');
-- two apostrophes stand for a double mark (scraped newspaper copy)
SELECT * FROM q('''''I don''t judge what people choose to spend money on,'''' Mr. Lowe said. ''''But most families wish they could go back.''''');
-- apostrophes are not quote marks
SELECT * FROM q('Don''t expect the ''90s rock ''n'' roll revival at O''Brien''s bar, the owners'' lawyer said.');
-- attribution layouts
SELECT * FROM q('"Prices will keep rising through the winter," said Maria Costa, an economist at the bank.');
SELECT * FROM q('Maria Costa said: "Prices will keep rising through the winter."');
SELECT * FROM q('"The time for talks is over" — Commissioner Petra Novak');
SELECT * FROM q('Peter Hall: "We are ready to sign the contract tomorrow morning."');
SELECT * FROM q('"We have done nothing wrong at any point," Tom Baker told reporters on Monday.');
SELECT * FROM q('“If the state did not act, families will have nothing to rely on,” Sen. Ann Ruiz (D-N.M.) said Tuesday.');
SELECT * FROM q('“We’re going to keep chipping away at the lead,” added his campaign manager Joe Ward. “We have a path.”');
SELECT * FROM q('Dr. Helen Park, a surgeon at the city hospital, said:

"We had never seen so many patients in a single night."');
-- interrupted quotes are one quote in parts; a run-on paragraph joins it
SELECT * FROM q('"We have to act," Governor Lisa Chen said. "The time is now."');
SELECT * FROM q('“The plant will close in June,” Mark Olsen said at the meeting.

“Nobody here wanted it to end like this, and we will help every worker find a new job.”');
-- scraped text mixes straight and curly marks: " … ” and “ … " pair
SELECT * FROM q('"This is a catastrophic outcome for the campaign,” said Jason Miller, a senior adviser. “Just when you thought it could not get any worse, it did."');
-- a floating quote with no cue keeps the speaker of the previous paragraph
SELECT * FROM q('"We are proud of the team and of this result," coach Rafael Ortiz said after the game.

Ortiz has led the club since 2019 and won two titles in that time.

"Next season we want more."');
-- mixed, partial and indirect
SELECT * FROM q('Senator Paula Grant slammed the proposal as “reckless, costly and divisive.”');
SELECT * FROM q('He said the plan was "dead on arrival" in the Senate.');
SELECT * FROM q('The government calls it a "special operation" rather than a war.');
SELECT * FROM q('Critics called it the "Open Door" policy.');
SELECT * FROM q('The show ''''Good Morning Town'''' returns in May.');
SELECT * FROM q('Foreign Minister Sergei Lavrov said that Moscow would not accept the terms.');
SELECT * FROM q('According to Interior Minister Ines Walter, the border will reopen next week.');
SELECT * FROM q('The minister said the border would reopen next week, but the airports would stay closed.');
SELECT * FROM q('NATO insists it will not send troops to the region.');
-- a capitalized word inside a name is no cue: "United States"
SELECT * FROM q('Trade between the United States, which raised tariffs, and China is falling.');
-- speakers: short forms, pronouns, misspellings, organizations
SELECT * FROM q('Finance Minister Karl Brandt presented the budget on Monday.

"This budget protects pensions," Brandt said.

"We will not raise taxes," he added.

"Growth is coming back," Brnadt said.');
SELECT * FROM q('"The alliance remains united," NATO said in a statement.');
SELECT * FROM q('Die Polizei sucht Zeugen. „Wir brauchen jeden Hinweis“, sagte ein Sprecher der Polizei.');
SELECT * FROM q('«Мы не допустим повторения», — заявил Сергей Иванов.');
SELECT * FROM q('Selon le ministre, les écoles rouvriront lundi prochain dans toute la région.');
SELECT * FROM q('Según la policía, el incendio comenzó en la cocina del restaurante.');
-- a phrase someone called something is their words, in the clause the verb
-- governs (mixed); "called for" is a demand
SELECT * FROM q('Clinton slammed the proposal as “reprehensible, prejudiced and divisive.”');
SELECT * FROM q('Coach Lena Vogt called the referee''s decision "a disgrace" after the final on Sunday.');
SELECT * FROM q('Bundestrainer Jens Kramer bezeichnete die vielen Gelben Karten als „übertrieben“.');
SELECT * FROM q('The mayor called for "calm" in the city centre on Friday night.');
-- interrupted quotes across longer attributions; a report of its own after a
-- closed sentence; a title after the cue
SELECT * FROM q('"It is a sad day," Ortiz told reporters outside the hall in Dayton. "This is what the campaign has become." Governor Ann Bell said she would have fired the manager.');
SELECT * FROM q('"The audit is overdue," State Election Board chairman Tom Reyes said. "We will start on Monday."');
SELECT * FROM q('"Nobody asked us," Mara Lind, who ran the county health department for eleven years before she retired, told the council.');
SELECT * FROM q('"Rosa is, and always has been, a fighter," said the 46-year-old. "Now she will fight for you."');
SELECT * FROM q('"We lost," Dan Webb said on Sunday on the program "Face the Town."');
-- German reported speech (Konjunktiv): a phrase quoted in it is the last speaker's
SELECT kind, speaker, text FROM quotes(news_analyze('Die Ministerin Anna Berger besuchte am Montag eine Schule in Mainz. Die Lage an den Schulen sei „ernst, aber beherrschbar“, sagte Berger. Der Unterricht habe „nie ganz“ aufgehört.', 'de'));
-- no cue: the person the sentence is about, before a colon or in the sentence before
SELECT * FROM q('Senator Harald Weiss was blunt about the deal on Monday: "I would have acted at once."');
SELECT * FROM q('The governor Maria Lopez wants to cut the school day. "Not every formula is needed in adult life." The plan goes to a vote in May.');
-- German reported speech with words in marks: the clause is indirect, the words a nested direct quote
SELECT kind, speaker, text, nested_in FROM quotes(news_analyze('Minister Peter Struck sagte, der Zapfenstreich sei für die Mehrheit der Bevölkerung „ein gutes Ereignis“.', 'de'));
-- German inverted order: the subject after the verb; an adverb opening the sentence is no speaker
SELECT kind, speaker, text FROM quotes(news_analyze('Bei einem Empfang für Journalisten sagte Papst Franziskus, dass er eine arme Kirche haben möchte.', 'de'));
SELECT kind, speaker_start, speaker_length, text FROM quotes(news_analyze('Der Präsident will Frieden schließen. Zudem kündigte er an, weiterhin gegen den Schmuggel zu kämpfen.', 'de'));
SELECT kind, speaker, text FROM quotes(news_analyze('Ähnlich äußerte sich der Präsident George Bush: „Die USA haben die Lage im Griff.“', 'de'));
-- "as X said" / "wie X ausführte"
SELECT kind, speaker, text FROM quotes(news_analyze('Wie der Richter Ottmar Breidling ausführte, hätte es ein Blutbad mit vielen Toten gegeben.', 'de'));
SELECT * FROM q('The plant will close in June, as the company said on Monday.');
-- words in marks inside a clause, the cue after it: the clause is mixed (German: indirect, with a nested direct quote)
SELECT * FROM q('It was a "tragic mistake that cost us the season," coach Dan Miller said on Monday.');
SELECT kind, speaker, text, nested_in FROM quotes(news_analyze('Die Entscheidung sei ein „schwerer Fehler“ gewesen, sagte Trainer Lukas Hofer am Montag.', 'de'));
SELECT kind, speaker, text FROM quotes(news_analyze('Ein „außerordentlicher Sieg“, so urteilte der Kandidat Mitt Romney über seinen Erfolg.', 'de'));
-- "nach Angaben X" / "laut X" without a comma
SELECT kind, speaker, text FROM quotes(news_analyze('Nach Angaben der Polizei Hamburg seien die Beamten „mit einfacher Gewalt“ vorgegangen.', 'de'));
-- quotes with a sentence of the reporter's between them are not one interrupted quote
SELECT kind, text FROM quotes(news_analyze('Gall schreibt: „Der Dauerbetrieb verzeichnete eine Trefferquote von 0,03 Prozent.“ Zum anderen stehe diese Befugnis in einem Spannungsverhältnis zum Grundrecht. „Eine Beschränkung dieses Rechts darf nur in engen Schranken erfolgen.“', 'de'));
-- "X, who …, said" reaches past the apposition; a cue word before "was" is a noun; "She added:" opens the next quote
SELECT * FROM q('Council member Rita Shaw, who voted against the plan, said the cost estimate was "wildly optimistic." She added: "Taxpayers will pay for this for decades."');
-- nested quotes
SELECT * FROM q('"They told us: ''Don''t worry, everything will be fine,'' and then nothing happened," said Olga Meyer.');
-- unbalanced marks stay inside their paragraph
SELECT * FROM q('"This opening mark is never closed in this paragraph at all.

A second paragraph follows with "a real quote" from nobody.');
-- a repeated paragraph (scraped pages repeat the lede) gives its quote once
SELECT count(*) FROM q('"We will rebuild the bridge by spring," Mayor Ken Ito said.

"We will rebuild the bridge by spring," Mayor Ken Ito said.');
-- a teaser glued by scraping repeats the article's reported speech: reported once, where the article gives it
SELECT paragraph, text FROM news_quotes(E'Council backs tram\nThe mayor has stated that the tram line will open in June next year.Critics disagree.\n\nTram line approved\n\nThe council met on Friday. The mayor has stated that the tram line will open in June next year.');
-- spans locate the quote in the text
WITH t(body) AS (VALUES ('Intro line.

“We will win this case,” said lawyer Nadia Karim.'))
SELECT substr(body, start, length) = text AS span_ok,
       substr(body, speaker_start, speaker_length) AS speaker_as_printed,
       substr(body, cue_start, cue_length) AS cue_as_printed
FROM t, news_quotes(body);
-- German reported speech in Konjunktiv I: a sentence running on from a quote, a clause
-- after a subject and a comma, a cue's separable particle left out; an auxiliary ends the speaker
SELECT kind, text, speaker FROM quotes(news_analyze('Die Kosten seien zu hoch, sagte Obama am Montag. Er selber wolle aber unabhängig bleiben. Die Feuerwehr gab am Abend an, dass das Schicksal der Vermissten noch unklar sei. Die Polizei teilte mit, der Mann sei festgenommen worden.', 'de')) ORDER BY start;
SELECT kind, text, speaker_as_written FROM quotes(news_analyze('Der Vorstand tagte am Montag. Er wolle aber nicht aufgeben. Das Komitee hat bereits eingeräumt, dass Fehler passiert seien.', 'de'));
SELECT speaker_as_written, text FROM news_quotes('The company has said that it will cut 300 jobs in the coming months.');
-- a cue closing the sentence, then an article phrase; German "nach … Angaben", "X zufolge"
SELECT kind, text, speaker FROM news_quotes('The talks will resume on Monday, said a spokesman for the ministry.');
SELECT kind, text, speaker_as_written FROM quotes(news_analyze('Nach palästinensischen Angaben sind unter den Toten 36 Kinder. Auch die Rebellen gewinnen Medienberichten zufolge an Einfluss im Norden.', 'de')) ORDER BY start;
-- German "laut X" and "nach (Polizei)angaben" with no comma: the clause after the source, or the sentence
SELECT kind, text, speaker_as_written FROM quotes(news_analyze('Laut Justizsprecher Joachim Banke sei nichts weiter passiert. Dabei sind nach den Polizeiangaben elf Personen gestorben.', 'de')) ORDER BY start;
-- empty and NULL input
SELECT count(*) FROM news_quotes('');
SELECT count(*) FROM news_quotes(NULL);
DROP FUNCTION q(text);
-- subjects in French, Spanish and Russian: an article and a role noun, a title alone,
-- "X of Y" (the head is the speaker), the cue before its speaker, plural and perfect forms
SELECT kind, speaker, speaker_as_written, cue, text FROM quotes(news_analyze('Le ministre de la Santé a déclaré que la réforme serait votée en juin.', 'fr'));
SELECT kind, speaker, speaker_as_written, cue, text FROM quotes(news_analyze('Le Premier ministre a déclaré que la réforme serait votée en juin.', 'fr'));
SELECT kind, speaker, speaker_as_written, cue, text FROM quotes(news_analyze('Los sindicatos han asegurado que la huelga continuará toda la semana.', 'es'));
SELECT kind, speaker, speaker_as_written, cue, text FROM quotes(news_analyze('Como dijo el ministro de Economía, la inflación bajará este año.', 'es'));
SELECT kind, speaker, speaker_as_written, cue, text FROM quotes(news_analyze('Министр заявил, что переговоры продолжатся на следующей неделе в Женеве.', 'ru'));
SELECT kind, speaker, speaker_as_written, cue, text FROM quotes(news_analyze('Как заявил министр иностранных дел, переговоры продолжатся на следующей неделе.', 'ru'));
SELECT speaker, speaker_as_written, text FROM news_quotes('Senator Ted Cruz of Texas said that the talks would resume next week in Geneva.');
SELECT speaker, speaker_as_written, text FROM news_quotes('Tom Penn, a neighbor of Carla Moss, told the paper he had heard an argument from her flat.');
-- Russian: a surname in another case is the full name given before; a title with an abbreviation after the cue
SELECT kind, speaker, speaker_as_written, cue, text FROM quotes(news_analyze('Пресс-секретарь президента Дмитрий Песков заявил, что Кремль следит за развитием ситуации.

По словам Пескова, переговоры продолжатся на следующей неделе в Женеве.

«Наши предложения остаются на столе», — подчеркнул глава МИД.', 'ru')) ORDER BY start;
-- evidential verbs cite a finding only before "that"
SELECT speaker_as_written, cue, text FROM news_quotes('The poll shows that Clinton leads Sanders by ten points among likely voters. Police found the body of a man in the river on Monday.');
-- an attribution inside its clause: both parts; a second report after it; an adverb between the cue and "that"
SELECT kind, speaker_as_written, text, start, length FROM news_quotes('The economy, the minister said, is in much better shape than a year ago. Those talks are continuing with several buyers, the company said, adding it could not predict their outcome. The minister said, however, that the talks would resume next week in Geneva.') ORDER BY start;
-- "according to" / "según" a noun phrase without an article
SELECT kind, speaker, text FROM news_quotes('Chances of the former mayor winning are small, according to recent polls. According to law enforcement officials, the account was linked to an email address she used.') ORDER BY start;
SELECT kind, speaker, text FROM quotes(news_analyze('Según fuentes del ministerio, el acuerdo se firmará el martes en Madrid.', 'es'));
-- reported speech opening a wire story starts after its dateline
SELECT speaker, text FROM news_quotes(E'PLANT TO OPEN IN OCTOBER\nLOS ANGELES, March 2 - The new hospital wing built for the Kaiser Foundation Hospitals will open in October, the company said.\n    The completion date of the second wing is October 1988.');
-- a headline "Name: what was said" (the name in full in the article), not a series label
SELECT kind, speaker, cue, text FROM news_quotes(E'Lynch: No outside influence on the FBI inquiry\n\nAttorney General Loretta Lynch spoke to reporters in Washington on Tuesday about the inquiry.');
SELECT count(*) FROM news_quotes(E'Factbox: The candidates and their plans for the economy\n\nThe candidates presented their plans for the economy in Washington on Tuesday.');
-- a role stands for the person the article gave it; a full name keeps its first name
SELECT speaker, speaker_as_written, text FROM news_quotes(E'Talks resume\n\nRussian Foreign Minister Sergei Lavrov said on Monday that the talks would resume in Geneva next week.\n\nThe foreign minister added that Moscow expected written answers from Washington by the end of the month.\n\nBill Clinton said that the campaign would visit Ohio and Florida next week.\n\nHillary Clinton said that the plan would help families in every state.') ORDER BY start;
-- attributions after the marks in French and Spanish: inversion, a time and a role before the name, "ha dicho", a role and its complement
SELECT kind, speaker_as_written, cue, text FROM quotes(news_analyze(E'Titre\n\n« Nous ne lâcherons rien », a déclaré mardi le secrétaire général de la CGT, Philippe Martinez.\n\n« La situation est grave », a-t-il ajouté devant la presse.', 'fr')) ORDER BY start;
SELECT kind, speaker_as_written, cue, text FROM quotes(news_analyze(E'Título\n\n«No vamos a permitir más recortes», aseguró el ministro de Hacienda en rueda de prensa.\n\n"Cumpliremos los compromisos", ha dicho la ministra en Madrid.', 'es')) ORDER BY start;
