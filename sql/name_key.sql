-- news_name_key: the key person names are matched on
SELECT news_name_key('José PÉREZ') AS k1, news_name_key('jose perez') AS k2,
       news_name_key('José PÉREZ') = news_name_key('jose perez') AS same;
SELECT news_name_key('Сергей Лавров') AS cyrillic;
SELECT news_name_key('Sergei   Lavrov') AS spaces, news_name_key('J.R.R. Tolkien') AS initials;
SELECT news_name_key('Ljubiša Tošić') AS accents, news_name_key('STRASSE Groß') AS eszett;
SELECT news_name_key('O''Brien-Smith') AS punct;
SELECT news_name_key('') AS empty;
SELECT news_name_key('東京 太郎') AS kanji;
