-- publication and update times in the printed forms of real sites (texts written for this test)
SET timezone = 'UTC';
CREATE TEMP TABLE forms (id int, body text);
INSERT INTO forms VALUES
 (1, E'Council approves tram\n12:40 GMT 14.02.2022 (Updated: 13:12 GMT 14.02.2022)\nAnna Berg\nThe council approved a new tram line on Friday after a long debate.'),
 (2, E'By . Anna Berg . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 15:36 EST, 25 October 2013 . The council approved a new tram line on Friday after a long debate.'),
 (3, E'By . Anna Berg . Last updated at 3:31 PM on 19th July 2011 . The council approved a new tram line on Friday after a long debate that divided residents.'),
 (4, E'Council approves tram\nFirst published on Mon 14 Feb 2022 12.40 GMT\nLast modified on Mon 14 Feb 2022 13.12 GMT\nThe council approved a new tram line on Friday after a long debate.'),
 (5, E'Council approves tram\nUpdated 1:12 PM EST, February 14, 2022\nThe council approved a new tram line on Friday after a long debate.'),
 (6, E'Council approves tram\nFeb. 14, 2022 / 12:40 PM / Updated 2 hours ago\nThe council approved a new tram line on Friday after a long debate.'),
 (7, E'Council approves tram\nPublished February 14, 2022 at 12:40 p.m. ET\nThe council approved a new tram line on Friday after a long debate.'),
 (8, E'Council approves tram\n2022-02-14T12:40:00+03:00\nThe council approved a new tram line on Friday after a long debate.'),
 (9, E'Council approves tram\nUPDATE October 17, 2016: The council has delayed the vote.\nThe council approved a new tram line on Friday after a long debate.'),
 (10, E'Council approves tram\n[Editor''s Note Sept. 28, 2016: An earlier version misstated the cost.]\nThe council approved a new tram line on Friday after a long debate.'),
 (11, E'Neue Tramlinie\n14.02.2022, 12:40 Uhr\nDer Gemeinderat hat am Freitag eine neue Straßenbahnlinie beschlossen, die den Hafen verbindet.'),
 (12, E'Neue Tramlinie\nAktualisiert am 14. Februar 2022\nDer Gemeinderat hat am Freitag eine neue Straßenbahnlinie beschlossen, die den Hafen verbindet.'),
 (13, E'Wien – Der Gemeinderat hat am Freitag eine neue Straßenbahnlinie beschlossen, die den Hafen mit der Universität verbindet. (Anna Berger, 19.1.2016)'),
 (14, E'Nouvelle ligne\nPublié le 14 février 2022 à 12h40, mis à jour le 14 février 2022 à 13h12\nLe conseil municipal a approuvé vendredi une nouvelle ligne de tramway.'),
 (15, E'Nueva línea\n14 de febrero de 2022\nEl concejo municipal aprobó el viernes una nueva línea de tranvía hacia el puerto.'),
 (16, E'Nueva línea\nActualizado: 14/02/2022 13:12\nEl concejo municipal aprobó el viernes una nueva línea de tranvía hacia el puerto.'),
 (17, E'Новая линия\nОпубликовано: 14 февраля 2022, 12:40 МСК\nОбновлено: 14 февраля 2022, 13:12 МСК\nГородской совет в пятницу одобрил новую линию трамвая до порта.'),
 (18, E'Council approves tram\nPublished 02/03/2022\nThe council approved a new tram line on Friday after a long debate.'),
 (19, E'Council approves tram\nPublished 31.02.2022 25:61\nThe council approved a new tram line on Friday after a long debate.'),
 (20, E'Council approves tram\nThe council approved a new tram line on 14 February 2022 after a long debate that divided residents for two years.');
SELECT f.id, t.kind, t.value, t.date_only, t.zone_assumed, t.ambiguous, t.text
  FROM forms f, news_timestamps(f.body) t ORDER BY f.id, t.start;
-- the one publication time and the latest update, per article
SELECT id, news_published(body) AS published, news_updated(body) AS updated FROM forms ORDER BY id;
-- a time without a zone is read in default_zone
SELECT value, zone_assumed FROM news_timestamps((SELECT body FROM forms WHERE id = 11), 'Europe/Vienna');
SELECT news_updated((SELECT body FROM forms WHERE id = 16), 'America/Mexico_City') AS mexico_city;
-- spans locate the printed text
SELECT f.id, t.text, substr(f.body, t.start, t.length) AS located
  FROM forms f, news_timestamps(f.body) t WHERE substr(f.body, t.start, t.length) <> t.text;
