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
  ["dashboard: overview and ping-test page", () => import("./dashboard.js")],
  ["e-mail: 2,000 messages at a configured rate", () => import("./email.js")],
  ["revisions: publish a move with 1,000 subscribers", () => import("./revisions.js")],
];

// `npm run bench -- dashboard` runs only the suites whose name contains one of the words.
const only = process.argv.slice(2).map((word) => word.toLowerCase());

for (const [name, load] of suites) {
  if (only.length > 0 && !only.some((word) => name.toLowerCase().includes(word))) continue;
  process.stdout.write(`\n== ${name} ==\n`);
  const suite = await load();
  await suite.run();
}
