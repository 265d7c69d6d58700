/**
 * The States of the UN: exactly the 193 Member States and 2 observer States, shown by their UN
 * short name in the person's language and read from any of the six names, common English
 * names and codes; territories, Antarctica and user-assigned codes are refused by name.
 */
import { describe, expect, it } from "vitest";
import { withLocale } from "../../bot/language/current.js";
import { stateCodeSchema } from "../../bot/people/schema.js";
import { isStateCode, notAState, stateCodeFor, stateName, statesInList } from "../../bot/people/states.js";
import { UN_STATES } from "../../bot/people/un-states.js";

describe("the list", () => {
  it("holds exactly 193 Member States and 2 observer States, each once", () => {
    expect(UN_STATES).toHaveLength(195);
    expect(new Set(UN_STATES.map((state) => state.code)).size).toBe(195);
    expect(new Set(UN_STATES.map((state) => state.alpha2)).size).toBe(195);
    expect(UN_STATES.filter((state) => state.observer).map((state) => state.code)).toEqual(["VAT", "PSE"]);
  });

  it("gives every State a name in each of the six languages", () => {
    for (const state of UN_STATES) {
      for (const locale of ["en", "fr", "es", "ru", "zh", "ar"] as const) {
        expect(state.names[locale], `${state.code} ${locale}`).toMatch(/\S/);
      }
    }
  });
});

describe("shown by the UN short name", () => {
  it.each([
    ["KOR", "Republic of Korea"],
    ["PRK", "Democratic People's Republic of Korea"],
    ["VNM", "Viet Nam"],
    ["IRN", "Iran (Islamic Republic of)"],
    ["BOL", "Bolivia (Plurinational State of)"],
    ["VEN", "Venezuela (Bolivarian Republic of)"],
    ["CZE", "Czechia"],
    ["CPV", "Cabo Verde"],
    ["TUR", "Türkiye"],
    ["CIV", "Côte d'Ivoire"],
    ["LAO", "Lao People's Democratic Republic"],
    ["MDA", "Republic of Moldova"],
    ["RUS", "Russian Federation"],
    ["SYR", "Syrian Arab Republic"],
    ["TZA", "United Republic of Tanzania"],
    ["GBR", "United Kingdom of Great Britain and Northern Ireland"],
    ["USA", "United States of America"],
    ["FSM", "Micronesia (Federated States of)"],
    ["NLD", "Netherlands (Kingdom of the)"],
    ["SWZ", "Eswatini"],
    ["MKD", "North Macedonia"],
    ["COD", "Democratic Republic of the Congo"],
    ["COG", "Congo"],
    ["GMB", "Gambia"],
    ["BHS", "Bahamas"],
    ["BRN", "Brunei Darussalam"],
    ["TLS", "Timor-Leste"],
    ["MMR", "Myanmar"],
    ["KNA", "Saint Kitts and Nevis"],
    ["VAT", "Holy See"],
    ["PSE", "State of Palestine"],
    ["KEN", "Kenya"],
  ])("%s is %s, and that name reads back", (code, name) => {
    expect(stateName(code, "en")).toBe(name);
    expect(stateCodeFor(name)).toBe(code);
    expect(stateCodeFor(name.toUpperCase())).toBe(code);
  });

  it.each([
    ["KOR", "fr", "République de Corée"],
    ["VNM", "fr", "Viet Nam"],
    ["CZE", "fr", "Tchéquie"],
    ["VAT", "fr", "Saint-Siège"],
    ["KOR", "es", "República de Corea"],
    ["RUS", "es", "Federación de Rusia"],
    ["PSE", "es", "Estado de Palestina"],
    ["RUS", "ru", "Российская Федерация"],
    ["USA", "ru", "Соединенные Штаты Америки"],
    ["KOR", "zh", "大韩民国"],
    ["GBR", "zh", "大不列颠及北爱尔兰联合王国"],
    ["RUS", "ar", "الاتحاد الروسي"],
    ["VAT", "ar", "الكرسي الرسولي"],
    ["KEN", "fr-CA", "Kenya"],
    ["KEN", "de", "Kenya"],
  ])("%s in %s is %s, and that name reads back", (code, locale, name) => {
    expect(stateName(code, locale)).toBe(name);
    expect(stateCodeFor(name)).toBe(code);
  });

  it("shows the name in the turn's language when none is given", () => {
    expect(withLocale("fr", () => stateName("KOR"))).toBe("République de Corée");
    expect(withLocale("ar", () => stateName("KOR"))).toBe("جمهورية كوريا");
    expect(stateName("KOR")).toBe("Republic of Korea");
  });
});

describe("read from common names and codes", () => {
  it.each([
    ["South Korea", "KOR"],
    ["Vietnam", "VNM"],
    ["Czech Republic", "CZE"],
    ["Cape Verde", "CPV"],
    ["Turkey", "TUR"],
    ["Ivory Coast", "CIV"],
    ["cote d’ivoire", "CIV"],
    ["UK", "GBR"],
    ["USA", "USA"],
    ["Russia", "RUS"],
    ["Iran", "IRN"],
    ["Bolivia", "BOL"],
    ["Venezuela", "VEN"],
    ["Syria", "SYR"],
    ["Laos", "LAO"],
    ["Tanzania", "TZA"],
    ["holy see", "VAT"],
    ["Vatican", "VAT"],
    ["the Netherlands", "NLD"],
    ["ken", "KEN"],
    ["KE", "KEN"],
    ["KR", "KOR"],
    ["republique de coree", "KOR"],
    ["TÜRKIYE", "TUR"],
  ])("%s is %s", (text, code) => {
    expect(stateCodeFor(text)).toBe(code);
  });

  it("takes an alpha-2 code only in capitals, so words of a sentence are no State", () => {
    expect(stateCodeFor("in")).toBeUndefined();
    expect(stateCodeFor("IN")).toBe("IND");
  });

  it("reads lists of UN names that hold commas' neighbours and 'and'", () => {
    expect(statesInList("Republic of Korea, Viet Nam and Iran (Islamic Republic of)")).toEqual({
      codes: ["KOR", "VNM", "IRN"],
      unknown: [],
    });
    expect(statesInList("Holy See & State of Palestine")).toEqual({ codes: ["VAT", "PSE"], unknown: [] });
  });
});

describe("only the 195 are States", () => {
  it.each(["ATA", "ABW", "AIA", "ASM", "PRI", "GRL", "HKG", "TWN", "XKX", "XXA", "ZZZ"])(
    "%s is no State",
    (code) => {
      expect(isStateCode(code)).toBe(false);
      expect(stateCodeFor(code)).toBeUndefined();
    },
  );

  it.each([
    ["ATA", '"ATA" is Antarctica (ATA), which is not a UN Member State or observer State'],
    ["Antarctica", '"Antarctica" is Antarctica (ATA), which is not a UN Member State or observer State'],
    ["ABW", '"ABW" is Aruba (ABW), which is not a UN Member State or observer State'],
    ["XKX", '"XKX" is a user-assigned code, not a UN Member State or observer State'],
    ["Kosovo", '"Kosovo" is Kosovo (XKK), which is not a UN Member State or observer State'],
    ["GL", '"GL" is Greenland (GRL), which is not a UN Member State or observer State'],
    ["XXA", '"XXA" is a user-assigned code, not a UN Member State or observer State'],
    ["Atlantis", '"Atlantis" is not the name or code of a UN Member State or observer State'],
  ])("refuses %s by name", (text, message) => {
    expect(notAState(text)).toBe(message);
  });

  it("refuses a territory or Antarctica as a roster or directory State, and takes observers", () => {
    expect(stateCodeSchema.safeParse("ata").error?.issues[0]?.message).toBe(
      '"ATA" is Antarctica (ATA), which is not a UN Member State or observer State',
    );
    expect(stateCodeSchema.parse("vat")).toBe("VAT");
    expect(stateCodeSchema.parse("PSE")).toBe("PSE");
  });
});
