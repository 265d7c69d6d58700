/**
 * The Teams app manifest and package. The manifest is validated against the official
 * Microsoft Teams manifest JSON schema of its `manifestVersion`, as shipped by the npm
 * package `@microsoft/app-manifest` (Microsoft's own, from the Microsoft 365 Agents
 * Toolkit; path `build/json-schemas/teams/v<version>/MicrosoftTeams.schema.json`). The
 * schemas are JSON Schema draft-04, hence `ajv-draft-04`, with the same options the
 * package itself validates with.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import {
  buildTeamsPackage,
  drawIcons,
  fillManifest,
  readPackageSources,
} from "../../scripts/package-teams.js";

const APP_ID = "5a1f3d0e-8a5e-4a3b-9a62-1f1de0c0ffee";
const require = createRequire(import.meta.url);
// Both are CommonJS modules whose typings declare an ES default export: the class and the
// plugin are their `default` property.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

function officialSchema(manifestVersion: string): object {
  const packageFolder = dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const file = join(
    packageFolder,
    "build",
    "json-schemas",
    "teams",
    `v${manifestVersion}`,
    "MicrosoftTeams.schema.json",
  );
  return JSON.parse(readFileSync(file, "utf8")) as object;
}

function validatorFor(manifestVersion: string) {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false });
  addFormats(ajv);
  const validate = ajv.compile(officialSchema(manifestVersion));
  return (manifest: unknown) => {
    const valid = validate(manifest);
    return valid ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (all five filter types). */
function decodePng(png: Buffer): {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  pixels: Buffer;
} {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let header: Buffer = Buffer.alloc(0);
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = body;
    if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, Math.floor((left + up) / 2), paeth()][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, colorType: header[9] ?? -1, bitDepth: header[8] ?? -1, pixels };
}

describe("Teams app manifest", () => {
  const { manifest, icons } = readPackageSources();
  const version = String(manifest.manifestVersion);

  it("is valid against the official Teams schema of its manifestVersion", () => {
    expect(validatorFor(version)(manifest)).toEqual([]);
    expect(manifest.$schema).toEqual(
      `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
  });

  it("the schema check has teeth: a wrong scope and a missing botId are reported", () => {
    const bot = (manifest.bots as Array<Record<string, unknown>>)[0] ?? {};
    const { botId: _botId, ...withoutId } = bot;
    const errors = validatorFor(version)({
      ...manifest,
      bots: [{ ...withoutId, scopes: ["personal", "groupchat"] }],
    });
    expect(errors).toEqual([
      "/bots/0 must have required property 'botId'",
      "/bots/0/scopes/1 must be equal to one of the allowed values",
    ]);
  });

  it("offers the bot in personal, team and group chat scopes, with a command list for each", () => {
    const [bot] = manifest.bots as Array<{
      scopes: string[];
      commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }>;
    }>;
    expect(bot?.scopes).toEqual(["personal", "team", "groupChat"]);
    expect(bot?.commandLists.flatMap((list) => list.scopes).sort()).toEqual([
      "groupChat",
      "personal",
      "team",
    ]);
    expect(bot?.commandLists[0]?.commands.map((command) => command.title)).toEqual([
      "help",
      "what's next?",
      "what's on today?",
      "agenda item 6",
      "where is the reception?",
      "when is the ping test?",
      "rsvp attending",
      "my RSVPs",
      "my details",
    ]);
  });

  it("ships a 192×192 colour icon and a 32×32 outline icon that is white on transparent", () => {
    const color = decodePng(icons.color);
    const outline = decodePng(icons.outline);
    expect([color.width, color.height, color.bitDepth, color.colorType]).toEqual([192, 192, 8, 6]);
    expect([outline.width, outline.height, outline.bitDepth, outline.colorType]).toEqual([32, 32, 8, 6]);
    const alphas = new Set<number>();
    const nonWhite: number[] = [];
    for (let index = 0; index < outline.pixels.length; index += 4) {
      const [r, g, b, a] = outline.pixels.subarray(index, index + 4);
      alphas.add(a ?? 0);
      if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) nonWhite.push(index / 4);
    }
    expect(nonWhite).toEqual([]);
    expect([alphas.has(0), alphas.has(255)]).toEqual([true, true]);
    const colorAlphas = new Set<number>();
    for (let index = 3; index < color.pixels.length; index += 4) colorAlphas.add(color.pixels[index] ?? 0);
    expect([...colorAlphas]).toEqual([255]);
  });

  it("keeps the committed icons identical to what the script draws", () => {
    const drawn = drawIcons();
    expect([drawn.color.equals(icons.color), drawn.outline.equals(icons.outline)]).toEqual([true, true]);
  });
});

describe("npm run package:teams", () => {
  it("zips the manifest, with the bot's ids, and both icons at the root; the zipped manifest is valid", async () => {
    const { manifest, icons } = readPackageSources();
    const zip = await JSZip.loadAsync(
      await buildTeamsPackage({ manifest, botId: APP_ID, version: "1.0.3", icons }),
    );

    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const zipped = JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}") as Record<
      string,
      unknown
    >;
    expect([zipped.id, (zipped.bots as Array<{ botId: string }>)[0]?.botId, zipped.version]).toEqual([
      APP_ID,
      APP_ID,
      "1.0.3",
    ]);
    expect(validatorFor(String(zipped.manifestVersion))(zipped)).toEqual([]);
    expect((await zip.file("color.png")?.async("nodebuffer"))?.equals(icons.color)).toEqual(true);
    expect((await zip.file("outline.png")?.async("nodebuffer"))?.equals(icons.outline)).toEqual(true);
  });

  it("refuses to build without the bot's app id, naming the variable", () => {
    const { manifest } = readPackageSources();
    expect(() => fillManifest(manifest, { botId: "" })).toThrow(
      "Set MicrosoftAppId to the Azure Bot's app id (a GUID).",
    );
    expect(() => fillManifest(manifest, { botId: APP_ID, appId: "teams-app" })).toThrow(
      "TEAMS_APP_ID must be a GUID.",
    );
  });
});
