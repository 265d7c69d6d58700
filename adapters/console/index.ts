export {
  CONSOLE_ADDRESS,
  type ConsoleAdapter,
  type ConsoleOptions,
  createConsoleAdapter,
} from "./adapter.js";
export { renderForConsole } from "./render.js";
