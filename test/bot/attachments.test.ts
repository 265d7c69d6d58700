/**
 * The core's file fetch against a real HTTP server: the size limit holds when the server
 * declares no length (chunked) and when it declares one, bytes that are not UTF-8 text are
 * refused, a byte-order mark is dropped, and the kind is read from the name first.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachmentKind, fetchAttachment } from "../../bot/attachments.js";

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/chunked-big") {
      response.writeHead(200, { "content-type": "text/csv" });
      for (let index = 0; index < 30; index += 1) response.write("a,b\n".repeat(10_000));
      return response.end();
    }
    if (request.url === "/declared-big") {
      response.writeHead(200, { "content-type": "text/csv", "content-length": "5000000" });
      return response.end("a,b\n");
    }
    if (request.url === "/binary") return response.writeHead(200).end(Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    if (request.url === "/bom") return response.writeHead(200).end("\uFEFFemail,name\n");
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const source = (path: string, name = "f.csv") => ({ name, mediaType: "text/csv", url: `${base}${path}` });

describe("fetchAttachment", () => {
  it("cuts off a body that grows past the limit without declaring its length", async () => {
    expect(await fetchAttachment(source("/chunked-big"))).toMatchObject({ problem: "too-large" });
  });

  it("refuses a body whose declared length is past the limit", async () => {
    expect(await fetchAttachment(source("/declared-big"))).toMatchObject({
      problem: "too-large",
      size: 5_000_000,
    });
  });

  it("refuses bytes that are not text", async () => {
    expect(await fetchAttachment(source("/binary"))).toMatchObject({ problem: "not-text" });
  });

  it("reads UTF-8 text without its byte-order mark", async () => {
    expect(await fetchAttachment(source("/bom"))).toMatchObject({ text: "email,name\n", size: 14 });
  });

  it("reports a 404 and a refused connection as a failed download", async () => {
    expect(await fetchAttachment(source("/gone"))).toMatchObject({ problem: "download-failed" });
    expect(
      await fetchAttachment({ name: "f.csv", mediaType: "text/csv", url: "http://127.0.0.1:1/x" }),
    ).toMatchObject({ problem: "download-failed" });
  });

  it.each([
    ["roster.csv", "application/octet-stream", "csv"],
    ["programme.YML", "", "yaml"],
    ["programme.yaml", "text/plain", "yaml"],
    ["notes.txt", "text/csv", "csv"],
    ["export", "application/x-yaml", "yaml"],
    ["report.pdf", "text/csv", undefined],
    ["photo.png", "image/png", undefined],
  ])("reads %s (%s) as %s", (name, type, kind) => {
    expect(attachmentKind(name, type)).toBe(kind);
  });
});
