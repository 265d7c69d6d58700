/**
 * The e-mail ping's one-click answer (`bot/links/`): its page names the test and the POC
 * entry and has one Acknowledge button; the click (a POST) records the acknowledgement by
 * e-mail, first one wins, late after the close; nothing after a cancellation.
 */
import { withLocale } from "../../bot/language/current.js";
import { say } from "../../bot/language/messages.js";
import { emailAddress } from "../../bot/reach/channels.js";
import { formatMoment } from "../poc/time.js";
import { ACK_GRACE_MS, pingName, standing } from "./ack.js";
import type { PingServices } from "./service.js";

/** The links' purpose. */
export const PING_LINK_PURPOSE = "ping-ack";
/** How long after the close a link still works: as long as the test takes late acknowledgements. */
export const LINK_GRACE_MS = ACK_GRACE_MS;

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
      const locale = payload.locale ?? "en";
      const ack = await services.tests.ack(test.id, target.pocId);
      return withLocale(locale, () => {
        const name = pingName(test, target);
        if (ack)
          return {
            title: say(locale, "ping.page.alreadyTitle"),
            text: say(locale, "ping.alreadyOf", {
              name,
              when: formatMoment(ack.at, target.zone, target.place),
            }),
          };
        return {
          title: say(locale, "ping.card.title"),
          text: say(locale, "ping.page.text", {
            name,
            when: formatMoment(test.closesAt, target.zone, target.place),
          }),
          button: say(locale, "ping.card.button"),
        };
      });
    },
    async record(payload, at) {
      const locale = payload.locale ?? "en";
      const found = await find(payload);
      if (!found) return say(locale, "ping.page.cancelled");
      const { test, target } = found;
      const email = target.emails[0] as string;
      const { first, ack } = await services.tests.acknowledge(
        test.id,
        target.pocId,
        { at: at.toISOString(), userId: emailAddress(email), email, channel: "email", via: "link" },
        await standing(services, test.id, target.pocId),
      );
      return withLocale(locale, () => {
        const when = formatMoment(ack.at, target.zone, target.place);
        if (!first) return say(locale, "ping.page.alreadyRecorded", { when });
        const late = ack.at > test.closesAt ? say(locale, "ping.late") : "";
        return `${say(locale, "ping.recordedOf", { name: pingName(test, target), when })}${late}`;
      });
    },
  });
}
