/**
 * `say` reads plural messages straight from the resources (the hot path of answers that
 * count things); these must be exactly what i18next itself says, for every plural key of
 * every locale, in messages and features, for counts where each language's forms differ.
 */
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { FEATURES, MESSAGES, say } from "../../bot/language/messages.js";

/** Dotted keys of every string in a resource tree. */
function keysOf(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([name, value]) =>
    typeof value === "object" && value !== null
      ? keysOf(value as Record<string, unknown>, `${prefix}${name}.`)
      : [`${prefix}${name}`],
  );
}

/** Placeholders named in any form of a plural key, in any locale. */
function placeholdersOf(key: string): Set<string> {
  const names = new Set<string>();
  for (const tree of [...Object.values(MESSAGES), ...Object.values(FEATURES)])
    for (const suffix of ["", "_zero", "_one", "_two", "_few", "_many", "_other"]) {
      let node: unknown = tree;
      for (const part of `${key}${suffix}`.split("."))
        node = (node as Record<string, unknown> | undefined)?.[part];
      if (typeof node === "string")
        for (const match of node.matchAll(/\{\{(\w+)\}\}/g)) names.add(match[1] as string);
    }
  return names;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const COUNTS = [0, 1, 2, 3, 4, 5, 7, 11, 12, 14, 21, 22, 25, 100, 101, 102, 111, 1000, 1.5];

describe("plural messages", () => {
  const reference = i18next.createInstance();
  void reference.init({
    initAsync: false,
    lng: "en",
    fallbackLng: "en",
    resources: Object.fromEntries(
      Object.keys(MESSAGES).map((locale) => [
        locale,
        { translation: { ...MESSAGES[locale], ...FEATURES[locale] } },
      ]),
    ),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const pluralKeys = new Set(
    Object.values(MESSAGES)
      .concat(Object.values(FEATURES))
      .flatMap((tree) => keysOf(tree))
      .filter((key) => PLURAL_SUFFIX.test(key))
      .map((key) => key.replace(PLURAL_SUFFIX, "")),
  );

  it("are what i18next says, in every locale, for every plural key and count", () => {
    expect(pluralKeys.size).toBeGreaterThan(10);
    let compared = 0;
    for (const locale of Object.keys(MESSAGES))
      for (const key of pluralKeys)
        for (const count of COUNTS) {
          // Every placeholder the key's forms name (a made-up one besides), filled.
          const values: Record<string, string | number> = { unused: "U", count };
          for (const name of placeholdersOf(key)) if (name !== "count") values[name] = `<${name}>`;
          const isolated =
            locale === "ar"
              ? Object.fromEntries(
                  Object.entries(values).map(([n, v]) => [n, n === "count" ? v : `\u2068${v}\u2069`]),
                )
              : values;
          expect(say(locale, key, values), `${locale} ${key} ${count}`).toBe(
            reference.t(key, { lng: locale, ...isolated }),
          );
          compared += 1;
        }
    expect(compared).toBeGreaterThan(1000);
  });

  it("Russian and Arabic pick their own forms (the fast path is not English's one/other)", () => {
    const key = [...pluralKeys].find(
      (candidate) => say("ru", candidate, { count: 2 }) !== say("ru", candidate, { count: 5 }),
    );
    expect(key).toBeDefined();
    expect(say("ar", key as string, { count: 0 })).not.toBe(say("ar", key as string, { count: 1 }));
  });
});
