import { describe, expect, it } from "vitest";
import { CAPITALS } from "../../bot/language/locales/en/places.js";
import { isValidTimeZone, zoneNamed, zoneOfOffset } from "../../bot/language/zones.js";

describe("zoneNamed", () => {
  it.each<[string, string | undefined]>([
    ["Brasília", "America/Sao_Paulo"],
    ["Islamabad", "Asia/Karachi"],
    ["Canberra", "Australia/Sydney"],
    ["Wellington", "Pacific/Auckland"],
    ["Ottawa", "America/Toronto"],
    ["Bern", "Europe/Zurich"],
    ["São Paulo", "America/Sao_Paulo"],
    ["Nairobi", "Africa/Nairobi"],
    ["new york", "America/New_York"],
    ["NY", "America/New_York"],
    ["Geneva", "Europe/Zurich"],
    ["Delhi", "Asia/Kolkata"],
    ["Kenya", "Africa/Nairobi"],
    ["India", "Asia/Kolkata"],
    ["JST", "Asia/Tokyo"],
    ["CET", "Europe/Paris"],
    ["CEST", "Europe/Paris"],
    ["EAT", "Africa/Nairobi"],
    ["IST", "Asia/Kolkata"],
    ["AEDT", "Australia/Sydney"],
    ["EST", "America/New_York"],
    ["UTC+5:30", "Asia/Kolkata"],
    ["utc+9", "Etc/GMT-9"],
    ["GMT-3", "Etc/GMT+3"],
    ["asia/tokyo", "Asia/Tokyo"],
    ["Tokyo time", "Asia/Tokyo"],
    // A country with several zones is not one zone.
    ["United States", undefined],
    ["lunch", undefined],
    ["may", undefined],
  ])("%s", (words, zone) => {
    expect(zoneNamed(words)).toBe(zone);
  });

  it("knows the capital of every UN Member State (193), each a zone this runtime has", () => {
    expect(CAPITALS).toHaveLength(193);
    expect(new Set(CAPITALS.map(([country]) => country)).size).toBe(193);
    for (const [, capital, zone] of CAPITALS) {
      expect(isValidTimeZone(zone), zone).toBe(true);
      expect(zoneNamed(capital), capital).toBe(zone);
    }
  });

  it("reads offsets, and refuses one no place uses", () => {
    expect(zoneOfOffset("UTC")).toBe("UTC");
    expect(zoneOfOffset("utc+05:45")).toBe("Asia/Kathmandu");
    expect(zoneOfOffset("utc+15")).toBeUndefined();
    expect(zoneOfOffset("utc+5:15")).toBeUndefined();
  });
});
