import { handlerModules } from "./handlers/index.js";
import { harness, user } from "./test/reminders/harness.js";
const h = await harness({ modules: handlerModules, now: "2024-03-01T12:00:00Z" });
let i=0;
for (const t of process.argv.slice(2)) { i++; console.log(t, "=>", (await h.say(user("u"+i), t)).slice(0,160)); }
