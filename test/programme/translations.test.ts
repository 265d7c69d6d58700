/**
 * Programme text in six languages: the schema takes a text as written or with translations
 * beside it (`title: { en: …, fr: … }`), keeps the English as the value the bot searches, and
 * answers show the turn's language with English as the fallback. The two programme files
 * translate every text people read into the five other languages and say where the
 * translations come from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { withLocale } from "../../bot/language/current.js";
import { DEFAULT_DATA_DIR, loadCatalogue } from "../../bot/programme/load.js";
import { LocalText, type Programme } from "../../bot/programme/schema.js";
import { isTranslated, local } from "../../bot/programme/translations.js";

const LOCALES = ["fr", "es", "ru", "zh", "ar"];

describe("LocalText", () => {
  it("takes a string, or a map with the English and other UN languages; the value is the English", () => {
    expect(LocalText.parse("Closure")).toBe("Closure");
    expect(LocalText.parse({ en: "Plenary closure", fr: "Clôture plénière" })).toBe("Plenary closure");
    expect(withLocale("fr", () => local("Plenary closure"))).toBe("Clôture plénière");
    // No translation given: the English, in any language.
    expect(withLocale("ru", () => local("Plenary closure"))).toBe("Plenary closure");
    expect(local("Plenary closure", "en")).toBe("Plenary closure");
  });

  it("refuses a map without English, a language the bot does not speak, or an empty text", () => {
    expect(LocalText.safeParse({ fr: "Clôture" }).success).toBe(false);
    expect(LocalText.safeParse({ en: "Closure", de: "Schluss" }).success).toBe(false);
    expect(LocalText.safeParse({ en: "Closure", fr: "  " }).success).toBe(false);
  });
});

describe("the programme files' translations", () => {
  const catalogue = loadCatalogue(DEFAULT_DATA_DIR);

  /** Every text of a programme that answers show to people. */
  function shown(programme: Programme): string[] {
    return [
      programme.title,
      programme.shortTitle,
      ...programme.links.map((link) => link.label),
      ...programme.notices.flatMap((notice) => [notice.about, notice.text]),
      ...programme.meetings.flatMap((meeting) => [
        ...(meeting.title ? [meeting.title] : []),
        ...meeting.items.flatMap((item) => [
          item.title,
          ...(item.topic ? [item.topic] : []),
          ...item.details,
          ...item.speakers.flatMap((speaker) => [speaker.role ?? "", speaker.note ?? ""]),
        ]),
      ]),
      ...programme.socialEvents.flatMap((event) => [
        event.title,
        event.invitation ?? "",
        event.place.directions ?? "",
        event.host?.role ?? "",
      ]),
      ...programme.milestones.flatMap((milestone) => [milestone.title, milestone.description ?? ""]),
    ].filter(Boolean);
  }

  it("every text people read is translated into the five other languages", () => {
    const missing = catalogue.programmes.flatMap(({ programme }) =>
      shown(programme).flatMap((text) =>
        LOCALES.filter((locale) => !isTranslated(text, locale)).map(
          (locale) => `${programme.id} ${locale}: ${text}`,
        ),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("each file says where its translations come from, and that they are not official", () => {
    for (const file of ["oewg-7th-session.yaml", "poc-meeting-1.yaml"]) {
      const raw = parse(readFileSync(join(DEFAULT_DATA_DIR, file), "utf8")) as { translations?: string };
      expect(raw.translations, file).toMatch(/not official United Nations translations/);
    }
  });

  it("names of people, places and document symbols stay as written", () => {
    const reception = catalogue.programmes
      .flatMap(({ programme }) => programme.socialEvents)
      .find((event) => event.kind === "reception");
    expect(reception?.place.name).toBe("Permanent Mission of Singapore to the United Nations");
    expect(withLocale("ar", () => local(reception?.place.name ?? ""))).toBe(
      "Permanent Mission of Singapore to the United Nations",
    );
    const notice = catalogue.programmes
      .flatMap(({ programme }) => programme.notices)
      .find((n) => n.id === "oewg-7-annotated-agenda");
    for (const locale of LOCALES)
      expect(local(notice?.text ?? "", locale), locale).toContain("A/AC.292/2021/1");
  });

  it("English answers read the English as before", () => {
    const oewg = catalogue.programmes.find((entry) => entry.id === "oewg-7");
    expect(oewg?.programme.shortTitle).toBe("OEWG 7th session");
    expect(withLocale("zh", () => local(oewg?.programme.shortTitle ?? ""))).toBe(
      "不限成员名额工作组第七届会议",
    );
  });
});
