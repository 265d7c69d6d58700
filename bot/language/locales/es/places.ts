/**
 * Spanish names of places that differ from the English ones (the English names, "Nairobi",
 * "Delhi", are read as they are) → the English lexicon's name, whose zone it knows. Data only.
 */
import { words } from "../../locale-words.js";

/** @example SPANISH_PLACES.get("tokio") === "tokyo" */
export const SPANISH_PLACES = words({
  "nueva york": "new york",
  ginebra: "geneva",
  // "reunión", "Mauricio" and "Navidad" alone are a meeting, a first name and Christmas:
  // see `SPANISH_CASED_PLACES`; "Navidad" is read only as the island's name.
  "isla de la reunión": "reunion island",
  "isla reunión": "reunion island",
  "isla mauricio": "mauritius",
  "isla de navidad": "christmas island",
  viena: "vienna",
  tokio: "tokyo",
  pekín: "beijing",
  moscú: "moscow",
  londres: "london",
  bruselas: "brussels",
  roma: "rome",
  lisboa: "lisbon",
  "el cairo": "cairo",
  "nueva delhi": "new delhi",
  "nueva deli": "new delhi",
  bombay: "mumbai",
  shanghái: "shanghai",
  seúl: "seoul",
  yakarta: "jakarta",
  singapur: "singapore",
  sídney: "sydney",
  "adís abeba": "addis ababa",
  "addis abeba": "addis ababa",
  abuya: "abuja",
  riad: "riyadh",
  dubái: "dubai",
  "abu dabi": "abu dhabi",
  teherán: "tehran",
  estambul: "istanbul",
  bagdad: "baghdad",
  damasco: "damascus",
  amán: "amman",
  argel: "algiers",
  túnez: "tunis",
  trípoli: "tripoli",
  jartum: "khartoum",
  "ciudad de méxico": "mexico city",
  bogotá: "bogota",
  "los ángeles": "los angeles",
  "la haya": "the hague",
  copenhague: "copenhagen",
  estocolmo: "stockholm",
  varsovia: "warsaw",
  kiev: "kyiv",
  astaná: "astana",
  taskent: "tashkent",
  daca: "dhaka",
  hanói: "hanoi",
  "la habana": "havana",
  katmandú: "kathmandu",
  japón: "japan",
  china: "china",
  rusia: "russia",
  egipto: "egypt",
  suiza: "switzerland",
  alemania: "germany",
  italia: "italy",
  "reino unido": "united kingdom",
  "arabia saudita": "saudi arabia",
  "arabia saudí": "saudi arabia",
  jordania: "jordan",
  líbano: "lebanon",
  "estados unidos": "usa",
  // The world's larger cities (bot/language/locales/world-cities.json) Spanish writes its own way.
  marsella: "marseille",
  "san petersburgo": "st petersburg",
  yeda: "jeddah",
  "la meca": "makkah",
  fráncfort: "frankfurt",
  hamburgo: "hamburg",
  múnich: "munich",
  milán: "milan",
  nápoles: "naples",
  turín: "turin",
  "ciudad del cabo": "cape town",
  alejandría: "alexandria",
  sevilla: "seville",
  amberes: "antwerpen",
});

/**
 * Places whose name is also an everyday word or a first name: "Reunión" (la reunión: the
 * meeting), "Mauricio". Read as the place only written with their capital and not as the first
 * word ("en La Reunión"), "Mauricio" only after "en" or "hora de". "Navidad" (Christmas) is
 * never read alone: "en Navidad" is at Christmas; "isla de Navidad" is the island.
 */
export const SPANISH_CASED_PLACES = [
  { written: ["La Reunión", "la Reunión", "Reunión"], as: "isla de la Reunión" },
  { written: ["Mauricio"], after: ["en", "hora de", "la hora de"], as: "isla Mauricio" },
] as const;
