-- datelines in the printed forms of wires and papers (texts written for this test)
CREATE TEMP TABLE forms (id int, body text);
INSERT INTO forms VALUES
 (1, E'COCOA REVIEW\nSALVADOR, Feb 26 - Showers continued throughout the week in the cocoa zone, traders said.'),
 (2, E'MARKETS\nNEW YORK, March 3 - Stocks rose on Tuesday as traders bet on lower rates.'),
 (3, E'Pound slips\nLONDON, Feb 14 (Reuters) - Sterling fell on Monday after the data showed slower growth.'),
 (4, E'Planemaker deal\nSEATTLE/WASHINGTON (Reuters) - The planemaker agreed on Friday to pay a fine to settle the case.'),
 (5, E'Bank results\nWASHINGTON () - The bank reported higher profit on Thursday as loans grew.'),
 (6, E'Loan market\nNEW YORK (LPC/IFR) - Loan volumes rose in the first quarter as borrowers returned.'),
 (7, E'HOSPITAL GROUP MERGER\nCHEVY CHASE, Md., - March 4 - The two hospital groups said they agreed to merge.'),
 (8, E'Ceasefire holds\nBEIRUT (AP) — The ceasefire held through the night, residents said on Tuesday.'),
 (9, E'Talks resume\nKYIV, Ukraine (AP) — Negotiators met again on Monday to discuss prisoners.'),
 (10, E'Mine reopens\nCHARLESTON, W.Va. (AP) — The mine reopened on Monday after a two-week closure.'),
 (11, E'Budget vote\nWASHINGTON _ The House voted on Friday to approve the spending bill.'),
 (12, E'Storm damage\nMINNEAPOLIS, Minnesota (CNN) -- A storm knocked out power to thousands of homes on Sunday.'),
 (13, E'Election race\nUxbridge, United Kingdom (CNN) It is a hot Sunday in late August and the candidate is out knocking on doors.'),
 (14, E'Brexit vote\n(CNN) -- Lawmakers will vote again on Tuesday on the deal the government negotiated.'),
 (15, E'Grève\nPARIS (AFP) - Les syndicats ont appelé à une nouvelle journée de grève jeudi.'),
 (16, E'Wahl\nBerlin (dpa) - Die Parteien haben sich am Montag auf einen Termin geeinigt.'),
 (17, E'Neue Linie beschlossen. Der Gemeinderat hat entschieden. Wien – Der Gemeinderat hat am Freitag eine neue Straßenbahnlinie beschlossen.'),
 (18, E'Nueva línea\nMéxico.- El gobierno anunció el lunes una nueva línea de tren hacia el puerto.'),
 (19, E'Vacunas\nMADRID, 14 Feb. (EUROPA PRESS) - El Gobierno aprobó este lunes el nuevo plan de vacunación.'),
 (20, E'Monsoon arrives\nNEW DELHI: The monsoon reached the capital on Monday, two days ahead of schedule.'),
 (21, E'Переговоры\nМОСКВА, 14 фев — РИА Новости. Министр заявил в понедельник, что переговоры продолжатся.'),
 (22, E'Company news\nNEW YORK, NY / ACCESSWIRE / May 7, 2024 / The company announced its results for the first quarter.'),
 (29, E'Nueva línea de tranvía\nEl concejo aprobó el proyecto tras un largo debate.\nLa obra costará 40 millones de pesos.\nAna Bergés/SIPSE MÉRIDA, Yuc.- El concejo municipal aprobó el viernes una nueva línea de tranvía hacia el puerto.'),
 -- not datelines
 (23, E'BREAKING: Minister resigns after vote\nThe minister resigned on Friday after losing a confidence vote.'),
 (24, E'Lavrov: Russia Partially Unsatisfied With Response\nThe minister said on Friday that the talks had been partially successful.'),
 (25, E'Cop26. Les négociations reprennent lundi à Glasgow pour la deuxième semaine de la conférence.'),
 (26, E'Nueva ley\nReuters.- El Congreso aprobó el jueves la nueva ley de vivienda.'),
 (27, E'Tram line\nThe council approved a new tram line on Friday after a long debate.\nThe line will open in 2026, the mayor said at a news conference.\nOpponents said the cost estimate was far too optimistic for the city.\nLONDON - deep in the text a capital word and a dash do not make a dateline.'),
 (28, E'POLITIQUE - Le gouvernement a présenté mercredi son projet de loi sur les retraites au Conseil des ministres.');
SELECT f.id, d.place, d.region, d.agency, d.month, d.day, d.text
  FROM forms f LEFT JOIN LATERAL news_dateline(f.body) d ON true ORDER BY f.id;
SELECT bool_and(substr(f.body, d.start, d.length) = d.text) AS spans_ok
  FROM forms f, news_dateline(f.body) d WHERE d.start IS NOT NULL;
-- the year comes from the publication time, minding a December dateline on a January story
SELECT news_analyze(E'Markets\nPublished January 2, 2023\nLONDON, Dec 31 (Reuters) - Stocks ended the year lower on Friday, traders said.')::jsonb #>> '{dateline,date}' AS year_before,
       news_analyze(E'Markets\nPublished March 2, 2023\nLONDON, March 1 (Reuters) - Stocks rose on Wednesday, traders said.')::jsonb #>> '{dateline,date}' AS same_year;
