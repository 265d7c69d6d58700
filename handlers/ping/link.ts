/**
 * The e-mail ping's one-click answer (`bot/links/`): its page names the test and the POC
 * entry and has one Acknowledge button; the click (a POST) records the acknowledgement by
 * e-mail, first one wins, late after the close; nothing after a cancellation.
 */
import { stateName } from "../../bot/people/states.js";
import { emailAddress } from "../../bot/reach/channels.js";
import { formatMoment } from "../poc/time.js";
import type { PingServices } from "./service.js";

/** The links' purpose. */
export const PING_LINK_PURPOSE = "ping-ack";
/** How long after the close a link still works (a late acknowledgement is still worth having). */
export const LINK_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * @example registerPingLinks(services);
 */
export function registerPingLinks(services: PingServices): void {
  const find = async (payload: Record<string, string>) => {
    const test = await services.tests.test(payload.testId ?? "");
    const target = test?.targets.find((candidate) => candidate.pocId === payload.pocId);
    if (!test || !target || (await services.tests.cancellation(test.id))) return undefined;
    return { test, target };
  };
  services.deps.links.register(PING_LINK_PURPOSE, {
    async show(payload) {
      const found = await find(payload);
      if (!found) return undefined;
      const { test, target } = found;
      const ack = await services.tests.ack(test.id, target.pocId);
      const who = `the ${target.type} POC of ${stateName(target.state)}`;
      if (ack)
        return {
          title: "Already acknowledged",
          text: `The ping of test ${test.id} to ${who} was already acknowledged, at ${formatMoment(ack.at, target.zone)}. Nothing more is needed.`,
        };
      return {
        title: "Ping test of the POC directory",
        text: `Press the button to acknowledge ping test ${test.id} for ${who}. It closes ${formatMoment(test.closesAt, target.zone)}.`,
        button: "Acknowledge",
      };
    },
    async record(payload, at) {
      const found = await find(payload);
      if (!found) return "This ping test was cancelled; no acknowledgement is needed. Nothing was recorded.";
      const { test, target } = found;
      const email = target.emails[0] as string;
      const { first, ack } = await services.tests.acknowledge(test.id, target.pocId, {
        at: at.toISOString(),
        userId: emailAddress(email),
        email,
        channel: "email",
        via: "link",
      });
      const when = formatMoment(ack.at, target.zone);
      if (!first) return `This ping had already been acknowledged, at ${when}. Nothing more was recorded.`;
      const late = ack.at > test.closesAt ? " That was after the test closed, so it counts as late." : "";
      return `Thank you: your acknowledgement of ping test ${test.id} (${target.type} POC of ${stateName(target.state)}) was recorded at ${when}.${late}`;
    },
  });
}
