/**
 * "is there a zoom link?" with nothing named is about the programme under way or next, as
 * "is it webcast?" is: during the OEWG's session it is not the POC meeting's link notice.
 */
import { describe, expect, it } from "vitest";
import { handlerModules } from "../../handlers/index.js";
import { harness, user } from "../reminders/harness.js";

const NO_ZONE = user("nozone");
const firstLine = (text: string) => text.split("\n")[0];

/** Wednesday 6 March 2024, 11 a.m. in New York: the OEWG's morning meeting under way. */
const WEDNESDAY_1100 = "2024-03-06T11:00:00-05:00";
/** Wednesday 1 May 2024: the OEWG is over, the POC meeting is next. */
const MAY_1 = "2024-05-01T11:00:00-04:00";

describe("a link asked with nothing named", () => {
  it.each([
    ["is there a zoom link?", /^OEWG 7th session: the letter gives no (connection )?link/],
    ["y a un lien zoom?", /^7e session de fond du GTCNL\s:\sla lettre ne donne pas de lien/],
    ["¿hay un enlace de zoom?", /^Séptimo período de sesiones del GTCA: la carta no/],
  ])(
    "during the OEWG's session: %s is about the session, not the POC meeting",
    async (question, expected) => {
      const h = await harness({ now: WEDNESDAY_1100, modules: handlerModules });
      const answer = firstLine(await h.say(NO_ZONE, question));
      expect(answer).toMatch(expected);
    },
  );

  it("before the POC meeting, the POC meeting's link notice", async () => {
    const h = await harness({ now: MAY_1, modules: handlerModules });
    expect(firstLine(await h.say(NO_ZONE, "is there a zoom link?"))).toMatch(
      /^First POC meeting: The connection link will be conveyed/,
    );
  });
});
