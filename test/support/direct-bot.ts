/**
 * The whole bot (every handler module, memory store) and one delegate writing to it in a
 * direct message: `say(text)` returns the texts the bot sent back.
 */
import type { MessageEvent } from "../../bot/types.js";
import { handlerModules } from "../../handlers/index.js";
import { testCore } from "./core.js";
import { recordingAdapter } from "./recording-adapter.js";

/**
 * @example const { say } = await directBot(); expect(await say("help")).toHaveLength(1);
 */
export async function directBot() {
  const { core, deps } = await testCore({ modules: handlerModules });
  const platform = recordingAdapter("test");
  deps.messenger.add(platform.adapter);
  let counter = 0;
  const say = async (text: string) => {
    counter += 1;
    const before = platform.sent.length;
    const event: MessageEvent = {
      kind: "message",
      id: `m${counter}`,
      text,
      isDirect: true,
      address: "test:dm-u1",
      user: { id: "test:u1", displayName: "U1", timeZone: "Asia/Tokyo", isBot: false, isMe: false },
    };
    await core.sink.dispatch(event);
    return platform.sent.slice(before).map((sent) => sent.text);
  };
  return { say, deps };
}
