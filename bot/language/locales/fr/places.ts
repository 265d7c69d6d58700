/**
 * French names of places that differ from the English ones (the English names, "Tokyo",
 * "Nairobi", "New York", are read as they are) → the English lexicon's name, whose zone it
 * knows. Data only.
 */
import { words } from "../../locale-words.js";

/** @example FRENCH_PLACES.get("genève") === "geneva" */
export const FRENCH_PLACES = words({
  genève: "geneva",
  // "réunion" and "Maurice" alone are a meeting and a first name: see `FRENCH_CASED_PLACES`.
  "île de la réunion": "reunion island",
  "île maurice": "mauritius",
  vienne: "vienna",
  pékin: "beijing",
  moscou: "moscow",
  londres: "london",
  bruxelles: "brussels",
  rome: "rome",
  lisbonne: "lisbon",
  "le caire": "cairo",
  caire: "cairo",
  "new delhi": "new delhi",
  "addis-abeba": "addis ababa",
  "addis abeba": "addis ababa",
  séoul: "seoul",
  singapour: "singapore",
  manille: "manila",
  djakarta: "jakarta",
  alger: "algiers",
  riyad: "riyadh",
  "abou dabi": "abu dhabi",
  téhéran: "tehran",
  bagdad: "baghdad",
  damas: "damascus",
  beyrouth: "beirut",
  tripoli: "tripoli",
  khartoum: "khartoum",
  mexico: "mexico city",
  bogota: "bogota",
  brasilia: "brasilia",
  "sao paulo": "sao paulo",
  "la haye": "the hague",
  copenhague: "copenhagen",
  varsovie: "warsaw",
  kiev: "kyiv",
  kaboul: "kabul",
  dacca: "dhaka",
  "la havane": "havana",
  katmandou: "kathmandu",
  montréal: "montreal",
  bombay: "mumbai",
  japon: "japan",
  chine: "china",
  russie: "russia",
  égypte: "egypt",
  inde: "india",
  "états-unis": "usa",
  suisse: "switzerland",
  autriche: "austria",
  allemagne: "germany",
  italie: "italy",
  "royaume-uni": "united kingdom",
  "arabie saoudite": "saudi arabia",
  jordanie: "jordan",
  liban: "lebanon",
  // The world's larger cities (bot/language/locales/world-cities.json) French writes its own way.
  "saint-pétersbourg": "st petersburg",
  "saint pétersbourg": "st petersburg",
  djeddah: "jeddah",
  "la mecque": "makkah",
  médine: "medina",
  barcelone: "barcelona",
  francfort: "frankfurt",
  hambourg: "hamburg",
  anvers: "antwerpen",
  "le cap": "cape town",
  alexandrie: "alexandria",
  séville: "seville",
  "nijni novgorod": "nizhny novgorod",
});

/**
 * Places whose name is also an everyday word or a first name: "La Réunion" (la réunion: the
 * meeting), "Maurice". Read as the place only written with their capital and not as the first
 * word ("à la Réunion", "heure de La Réunion"; "la réunion", "Réunion jeudi ?" stay the
 * meeting), "Maurice" only after "à" or "heure de" ("à Maurice"; "quand parle Maurice" stays a
 * name).
 */
export const FRENCH_CASED_PLACES = [
  { written: ["La Réunion", "la Réunion", "Réunion"], as: "île de la Réunion" },
  { written: ["Maurice"], after: ["à", "a", "heure de", "l'heure de"], as: "île Maurice" },
] as const;
