/**
 * `npm run package:teams`: builds the Teams app package to upload (Teams admin center or
 * "Upload a custom app"): a zip with `manifest.json` (the top-level manifest with the
 * bot's ids filled in) and the two icons of `assets/teams/`, all at the zip's root.
 *
 * - `MicrosoftAppId` (required): the Azure Bot's app id, written to `bots[0].botId`;
 * - `TEAMS_APP_ID` (optional): the Teams app's own id; defaults to `MicrosoftAppId`;
 * - `TEAMS_APP_VERSION` (optional): overrides `version` (raise it for every upload).
 *
 * Output: `dist/teams-app.zip` (or the path given as the first argument).
 * `npm run package:teams -- --icons` redraws the icons (they are committed).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { deflateSync } from "node:zlib";
import JSZip from "jszip";

const ROOT = join(import.meta.dirname, "..");
/**
 * The committed manifest, at the repository's top.
 * @example JSON.parse(readFileSync(MANIFEST_FILE, "utf8"))
 */
export const MANIFEST_FILE = join(ROOT, "manifest.json");
/**
 * Where the committed icons live.
 * @example readFileSync(join(ICON_FOLDER, "color.png"))
 */
export const ICON_FOLDER = join(ROOT, "assets", "teams");
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/**
 * What the package build needs.
 * @example await buildTeamsPackage({ manifest, botId: process.env.MicrosoftAppId ?? "", icons })
 */
export interface PackageInput {
  manifest: Record<string, unknown>;
  botId: string;
  appId?: string;
  version?: string;
  icons: { color: Buffer; outline: Buffer };
}

/**
 * The manifest with the bot's ids (and version) filled in; throws with the variable to
 * set when an id is not a GUID.
 * @example fillManifest(manifest, { botId: "0d6f…-…" }).bots[0].botId === "0d6f…-…"
 */
export function fillManifest(
  manifest: Record<string, unknown>,
  ids: { botId: string; appId?: string; version?: string },
): Record<string, unknown> {
  if (!GUID.test(ids.botId)) throw new Error("Set MicrosoftAppId to the Azure Bot's app id (a GUID).");
  const appId = ids.appId ?? ids.botId;
  if (!GUID.test(appId)) throw new Error("TEAMS_APP_ID must be a GUID.");
  const bots = (manifest.bots as Array<Record<string, unknown>> | undefined) ?? [];
  return {
    ...manifest,
    id: appId,
    ...(ids.version ? { version: ids.version } : {}),
    bots: bots.map((bot) => ({ ...bot, botId: ids.botId })),
  };
}

/**
 * Builds the zip: `manifest.json`, `color.png`, `outline.png` at the root.
 * @example const zip = await buildTeamsPackage({ manifest, botId, icons }); writeFileSync("teams-app.zip", zip);
 */
export async function buildTeamsPackage(input: PackageInput): Promise<Buffer> {
  const manifest = fillManifest(input.manifest, {
    botId: input.botId,
    appId: input.appId,
    version: input.version,
  });
  const icons = manifest.icons as { color: string; outline: string };
  const zip = new JSZip();
  const fixedDate = new Date("2024-01-01T00:00:00Z");
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`, { date: fixedDate });
  zip.file(icons.color, input.icons.color, { date: fixedDate });
  zip.file(icons.outline, input.icons.outline, { date: fixedDate });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Reads the committed manifest and icons.
 * @example const { manifest, icons } = readPackageSources();
 */
export function readPackageSources(): {
  manifest: Record<string, unknown>;
  icons: { color: Buffer; outline: Buffer };
} {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, "utf8")) as Record<string, unknown>;
  const names = manifest.icons as { color: string; outline: string };
  return {
    manifest,
    icons: {
      color: readFileSync(join(ICON_FOLDER, names.color)),
      outline: readFileSync(join(ICON_FOLDER, names.outline)),
    },
  };
}

/**
 * Encodes RGBA pixels (row-major, 4 bytes a pixel) as a PNG (8-bit RGBA, no interlace).
 * @example encodePng(1, 1, Buffer.from([255, 255, 255, 0])) // a transparent 1×1 PNG
 */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0;
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * Draws the two icons: the colour icon (192×192, a white speech bubble with three dots on
 * UN blue) and the outline icon (32×32, the same bubble in white on transparent).
 * @example const { color, outline } = drawIcons();
 */
export function drawIcons(): { color: Buffer; outline: Buffer } {
  const UN_BLUE = [0x00, 0x9e, 0xdb] as const;
  const color = render(192, (x, y) => {
    const bubble = coverage(x, y, 192, insideBubble);
    const dot = coverage(x, y, 192, insideDot);
    const white = bubble * (1 - dot);
    return [mix(UN_BLUE[0], 255, white), mix(UN_BLUE[1], 255, white), mix(UN_BLUE[2], 255, white), 255];
  });
  const outline = render(32, (x, y) => {
    const alpha = coverage(x, y, 32, insideBubble) * (1 - coverage(x, y, 32, insideDot));
    return [255, 255, 255, Math.round(alpha * 255)];
  });
  return { color, outline };
}

/** The bubble in a unit square: a rounded rectangle with a tail at the lower left. */
function insideBubble(u: number, v: number): boolean {
  const [left, top, right, bottom, radius] = [0.16, 0.22, 0.84, 0.68, 0.12];
  const cx = Math.min(Math.max(u, left + radius), right - radius);
  const cy = Math.min(Math.max(v, top + radius), bottom - radius);
  const inBody =
    u >= left && u <= right && v >= top && v <= bottom && (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2;
  // Tail: the triangle (0.30, 0.66), (0.46, 0.66), (0.24, 0.84).
  const inTail =
    v >= 0.66 && v <= 0.84 && u >= 0.3 - (v - 0.66) * (0.06 / 0.18) && u <= 0.46 - (v - 0.66) * (0.22 / 0.18);
  return inBody || inTail;
}

function insideDot(u: number, v: number): boolean {
  return [0.34, 0.5, 0.66].some((center) => (u - center) ** 2 + (v - 0.45) ** 2 <= 0.055 ** 2);
}

/** Fraction of a pixel inside a shape, by 4×4 supersampling. */
function coverage(x: number, y: number, size: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i += 1) {
    for (let j = 0; j < 4; j += 1)
      if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits += 1;
  }
  return hits / 16;
}

function mix(from: number, to: number, amount: number): number {
  return Math.round(from + (to - from) * amount);
}

function render(size: number, pixel: (x: number, y: number) => readonly number[]): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) rgba.set(pixel(x, y), (y * size + x) * 4);
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes("--icons")) {
    const { color, outline } = drawIcons();
    mkdirSync(ICON_FOLDER, { recursive: true });
    writeFileSync(join(ICON_FOLDER, "color.png"), color);
    writeFileSync(join(ICON_FOLDER, "outline.png"), outline);
    process.stdout.write(`Icons written to ${ICON_FOLDER}\n`);
    return;
  }
  const botId = process.env.MicrosoftAppId?.trim() ?? "";
  const { manifest, icons } = readPackageSources();
  const zip = await buildTeamsPackage({
    manifest,
    botId,
    appId: process.env.TEAMS_APP_ID?.trim() || undefined,
    version: process.env.TEAMS_APP_VERSION?.trim() || undefined,
    icons,
  });
  const output = argv.find((arg) => !arg.startsWith("--")) ?? join(ROOT, "dist", "teams-app.zip");
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, zip);
  process.stdout.write(
    `Teams app package written to ${output} (${zip.length} bytes). Upload it in Teams: Apps → Manage your apps → Upload an app.\n`,
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
