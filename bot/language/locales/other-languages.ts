/**
 * Common words of Latin-script languages the bot does not speak, so that a message in one of
 * them is told which languages there are (in English) instead of being read with the French,
 * Spanish or English words it shares ("O que há na quinta-feira à tarde?" was answered in
 * Spanish, for Monday afternoon). Only what a question about a meeting is made of: question
 * and function words, days, parts of the day, the meetings' nouns, greetings and thanks.
 *
 * Written without accents (as `normalizeText` folds them) and lower case. A word that is also
 * a word of one of the six languages (Portuguese "que", Italian "il", Dutch "de") or of the
 * English lexicon counts for nothing: `detect.ts` leaves those out, so a list may hold them.
 * Left out: words a question in English, French or Spanish may hold ("was", "die", "am",
 * "week", "tag", "met", "van", "per", "como", "dos", "una", "esta semana", the Spanish ordinals
 * "segunda", "quinta", "sexta" of "segunda-feira"; "com" and "e" of an e-mail address).
 * `test/language/seventh-language.test.ts` checks that no fixture question of the six
 * languages is taken for a seventh.
 */
export const OTHER_LANGUAGE_WORDS: Readonly<Record<string, string>> = {
  de: `wann wo wer wie welche welcher gibt es ist sind findet statt beginnt endet der das dem des ein eine
    einen einer und oder nicht auf im zum zur vom fur nach vor heute morgen ubermorgen gestern montag
    dienstag mittwoch donnerstag freitag samstag sonntag vormittag nachmittag abend morgens nachmittags
    abends uhr sitzung sitzungen tagung empfang programm tagesordnung raum saal guten hallo danke bitte
    nachste naechste welchem welchen zeit woche`,
  pt: `os uma que quando onde qual quais quem ha tem temos estao na nas das para hoje amanha ontem terca quarta
    sabado domingo feira manha tarde noite sessao sessoes reuniao recepcao programa agenda sala bom boa
    obrigado obrigada por favor proxima proximo comeca termina`,
  it: `che quando dove chi come quale quali c'e gli del della dei delle nel nella alla oggi domani ieri lunedi
    martedi mercoledi giovedi venerdi sabato domenica mattina pomeriggio riunione seduta sessione
    ricevimento programma ordine giorno sala buongiorno ciao grazie prossima prossimo settimana inizia
    finisce`,
  nl: `wat wanneer waar wie welke staat zijn het een om voor na vandaag morgen gisteren maandag dinsdag
    woensdag donderdag vrijdag zaterdag zondag ochtend middag avond donderdagmiddag vergadering zitting
    receptie programma agenda zaal goedemorgen hallo bedankt alstublieft volgende begint eindigt`,
};
