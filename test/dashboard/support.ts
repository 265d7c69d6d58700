/**
 * A whole bot for the dashboard's tests: `startBot` with every feature module, a recording
 * chat platform, a real HTTP server on port 0 and a clock that runs from the Monday of the
 * 7th session and can be moved forward. Chat turns go through the real pipeline.
 */

import { type RunningBot, startBot } from "../../bot/app.js";
import type { Outgoing } from "../../bot/cards.js";
import type { Clock } from "../../bot/clock.js";
import type { ActionEvent, Address, MessageEvent } from "../../bot/types.js";
import { recordingAdapter } from "../support/recording-adapter.js";

export const SEC_EMAIL = "sec@un.org";

/** A chat user of the recording platform. */
export interface Who {
  id: string;
  name: string;
  email?: string;
}

export const who = (slug: string, name: string, email?: string): Who => ({
  id: `test:${slug}`,
  name,
  ...(email ? { email } : {}),
});

export const SEC: Who = who("sec", "Secretariat officer", SEC_EMAIL);

const dmOf = (user: Who): Address => `test:dm-${user.id.slice("test:".length)}` as Address;

/** A clock running in real time from `start`, which a test can move forward. */
export function movableClock(start: string): Clock & { advance(ms: number): void } {
  const origin = Date.parse(start);
  const real = Date.now();
  let jumped = 0;
  return {
    now: () => new Date(origin + (Date.now() - real) + jumped),
    advance(ms: number) {
      jumped += ms;
    },
  };
}

let counter = 0;

/**
 * @example const t = await dashboardBot(); await t.say(SEC, "dashboard");
 */
export async function dashboardBot(options: { env?: Record<string, string>; start?: string } = {}) {
  const platform = recordingAdapter("test");
  const sent: Array<{ to: Address; message: Outgoing }> = [];
  const send = platform.adapter.send.bind(platform.adapter);
  platform.adapter.send = async (to, message) => {
    const ref = await send(to, message);
    sent.push({ to, message });
    return ref;
  };
  const clock = movableClock(options.start ?? "2024-03-04T08:00:00-05:00");
  const bot: RunningBot = await startBot({
    env: {
      STORE_URL: "memory:",
      PORT: "0",
      LOG_LEVEL: "silent",
      SECRETARIAT_EMAILS: SEC_EMAIL,
      ...options.env,
    },
    adapters: [platform.adapter],
    clock,
    schedulerOptions: { expression: "* * * * * *" },
  });
  const userRef = (user: Who) => ({
    id: user.id as Address,
    displayName: user.name,
    isBot: false,
    isMe: false,
    ...(user.email ? { verifiedEmail: user.email } : {}),
  });
  /** What the bot sent to a user's DM during a turn. */
  async function turn(user: Who, event: MessageEvent | ActionEvent) {
    const before = sent.length;
    await bot.core.sink.dispatch(event);
    return sent.slice(before).filter((entry) => entry.to === dmOf(user));
  }
  return {
    bot,
    deps: bot.core.deps,
    clock,
    platform,
    sent,
    base: `http://127.0.0.1:${bot.port}`,
    say(user: Who, text: string) {
      counter += 1;
      return turn(user, {
        kind: "message",
        id: `dm${counter}`,
        text,
        user: userRef(user),
        address: dmOf(user),
        isDirect: true,
      });
    },
    click(user: Who, actionId: string, value?: string) {
      counter += 1;
      return turn(user, {
        kind: "action",
        id: `da${counter}`,
        actionId,
        ...(value !== undefined ? { value } : {}),
        user: userRef(user),
        address: dmOf(user),
        isDirect: true,
      });
    },
    stop: () => bot.stop(),
  };
}

export type DashboardBot = Awaited<ReturnType<typeof dashboardBot>>;

/** The sign-in link in what the bot answered, or undefined. */
export function linkIn(messages: ReadonlyArray<{ message: Outgoing }>): string | undefined {
  return messages
    .map((entry) => entry.message.text)
    .join("\n")
    .match(/https?:\/\/\S+\/dashboard\/signin\/[A-Za-z0-9_-]+/)?.[0];
}

/** Cookies a response set, as a Cookie header (merged over earlier ones). */
export function cookieJar() {
  const jar = new Map<string, string>();
  return {
    take(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const [name = "", ...rest] = pair.split("=");
        const value = rest.join("=");
        if (value === "" || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
        else jar.set(name, value);
      }
    },
    header: () => [...jar].map(([name, value]) => `${name}=${value}`).join("; "),
    has: (name: string) => jar.has(name),
  };
}

/**
 * Signs in over HTTP with a link (GET the confirmation page, POST its form), the way the
 * browser does; returns the jar and the last response.
 */
export async function signIn(base: string, link: string) {
  const jar = cookieJar();
  const url = new URL(link);
  const page = await fetch(`${base}${url.pathname}`);
  jar.take(page);
  const body = await page.text();
  const csrf = body.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? "";
  const token = url.pathname.split("/").at(-1) ?? "";
  const response = await fetch(`${base}/dashboard/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, token }),
  });
  jar.take(response);
  return { jar, page, pageText: body, response, csrf };
}
