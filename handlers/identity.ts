/**
 * Second in the chain: works out who the asker is (roster entry and roles, by the email
 * their platform verified) and remembers how to reach them for reminders and broadcasts.
 */
import type { HandlerModule } from "../bot/module.js";

export const identity: HandlerModule = {
  name: "identity",
  install(router, deps) {
    router.use(async (ctx, next) => {
      const { person, roles } = await deps.people.identify(ctx.user);
      ctx.person = person;
      ctx.roles = roles;
      const contact = await deps.people.recordContact(
        ctx.user,
        ctx.event.isDirect ? ctx.address : undefined,
        ctx.now(),
      );
      ctx.contact = contact;
      // One zone for the person in every answer: the one they chose in chat, else the one
      // their POC record lists, else their platform's.
      const zone = contact.chosenTimeZone ?? contact.listedTimeZone;
      if (zone) ctx.timeZone = zone;
      if (contact.chosenTimeZone && contact.chosenPlace) ctx.timeZonePlace = contact.chosenPlace;
      return next();
    });
  },
};
