-- bylines in the printed forms of wires and papers (texts written for this test)
CREATE TEMP TABLE forms (id int, body text);
INSERT INTO forms VALUES
 (1, E'Tram approved\nBy Tim Korso\nThe council approved a new tram line on Friday after a long debate.'),
 (2, E'Tram approved\nBY TIM KORSO\nThe council approved a new tram line on Friday after a long debate.'),
 (3, E'Tram approved\nBy Tim Korso and Jane Doe\nThe council approved a new tram line on Friday after a long debate.'),
 (4, E'Tram approved\nBy Anna Berg, Tom Holt and Jane Doe\nThe council approved a new tram line on Friday after a long debate.'),
 (5, E'CHEMLAWN RISES\nBy Cal Mankowski, Reuters\nNEW YORK, Feb 26 - ChemLawn shares rose on hopes for higher bids, traders said.'),
 (6, E'COCOA REVIEW\nby Janie Gabbett, Reuters\nSALVADOR, Feb 26 - Showers continued throughout the week in the cocoa zone.'),
 (7, E'Tram approved\nBy TIM KORSO Associated Press\nThe council approved a new tram line on Friday after a long debate.'),
 (8, E'By . Rob Cooper . PUBLISHED: . 03:53 EST, 23 July 2013 . The council approved a new tram line on Friday after a long debate.'),
 (9, E'By . Daily Mail Reporter . The council approved a new tram line on Friday after a long debate that divided residents.'),
 (10, E'Tram approved\nHarriet Arkell For Mailonline\nThe council approved a new tram line on Friday after a long debate.'),
 (11, E'Tram approved\nBy Stephen Bryen / American Thinker\nThe council approved a new tram line on Friday after a long debate.'),
 (12, E'Tram approved\nAuthor: Anna Berg\nThe council approved a new tram line on Friday after a long debate.'),
 (13, E'Tram approved\nWritten by Anna Berg\nThe council approved a new tram line on Friday after a long debate.'),
 (14, E'Tram approved\n12:40 GMT 14.02.2022\nAnna Berg\nAnna Berg\nThe council approved a new tram line on Friday after a long debate.'),
 (15, E'Tram approved\nThe council approved a new tram line on Friday after a long debate.\nThe line opens in 2026, the mayor said at a news conference in the town hall.\nReporting by Anna Berg; Editing by Tom Holt and Jane Doe'),
 (16, E'Tram approved\nThe council approved a new tram line on Friday after a long debate.\nThe line opens in 2026, the mayor said at a news conference in the town hall.\nAdditional reporting by Anna Berg in Paris; Writing by Tom Holt'),
 (17, E'Tram approved\nThe council approved a new tram line on Friday after a long debate.\nThe line opens in 2026, the mayor said at a news conference in the town hall.\nCompiled by Anna Berg'),
 (18, E'Neue Linie\nVon Anna Berger\nDer Gemeinderat hat am Freitag eine neue Straßenbahnlinie beschlossen, die den Hafen verbindet.'),
 (19, E'Wien – Der Gemeinderat hat am Freitag eine neue Straßenbahnlinie beschlossen, die den Hafen mit der Universität verbindet. (András Szigetvari, 19.1.2016)'),
 (20, E'Wien – Der Gemeinderat hat am Freitag eine neue Straßenbahnlinie beschlossen, die den Hafen mit der Universität verbindet. (red, 16. 5. 2016)'),
 (21, E'Wien – Der Gemeinderat hat am Freitag eine neue Straßenbahnlinie beschlossen, die den Hafen mit der Universität verbindet. (APA, dpa)'),
 (22, E'Nouvelle ligne\nPar Anne Berger\nLe conseil municipal a approuvé vendredi une nouvelle ligne de tramway vers le port.'),
 (23, E'Nueva línea\nPor Ana Bergés\nEl concejo municipal aprobó el viernes una nueva línea de tranvía hacia el puerto.'),
 (24, E'Nueva línea\nSusana Corniero.- El concejo municipal aprobó el viernes una nueva línea de tranvía hacia el puerto.'),
 (25, E'Новая линия\nАвтор: Анна Бергова\nГородской совет в пятницу одобрил новую линию трамвая до порта.'),
 (26, E'Новая линия\nМОСКВА, 14 фев — РИА Новости. Городской совет в пятницу одобрил новую линию трамвая до порта.'),
 -- no credit: related stories, photo captions and sidebars are not bylines
 (27, E'Tram approved\nThe council approved a new tram line on Friday after a long debate.\nMayor Thomas Keller said the line would open in 2026.'),
 (28, E'Tram approved\nThe council approved a new tram line on Friday after a long debate.\nRelated: Council Approves Bus Lanes\nView All Posts');
SELECT f.id, b::text AS byline FROM forms f LEFT JOIN LATERAL news_byline(f.body) b ON true ORDER BY f.id;
