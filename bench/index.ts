/**
 * `npm run bench`: every benchmark in turn, each printing its own figures. Not part of
 * `npm test`; performance is never asserted by timed tests.
 */
const suites: Array<[string, () => Promise<{ run(): Promise<void> }>]> = [
  ["programme questions", () => import("./programme.js")],
  ["the ask CLI: one question per process", () => import("./ask.js")],
  ["Teams /api/messages throughput", () => import("./teams.js")],
  ["Slack /slack/events throughput", () => import("./slack.js")],
  ["reminders: who is due", () => import("./reminders.js")],
  ["broadcast: 2,000 messages at each platform's limits", () => import("./broadcast.js")],
  ["revisions: publish a move with 1,000 subscribers", () => import("./revisions.js")],
];

for (const [name, load] of suites) {
  process.stdout.write(`\n== ${name} ==\n`);
  const suite = await load();
  await suite.run();
}
