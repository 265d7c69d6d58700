/**
 * The tick: node-cron only wakes the scheduler; the store says what is due. Each tick runs
 * the producers (which enqueue what has become due) and then drains the outbox.
 */
import cron, { type RunCoordinator, type ScheduledTask } from "node-cron";
import type { Clock } from "../bot/clock.js";
import type { Logger } from "../bot/logger.js";
import type { Outbox } from "./outbox.js";

/** Something that turns state (subscriptions, ping tests…) into due deliveries. */
export interface Producer {
  name: string;
  /** Enqueues whatever is due at `now`; must be idempotent (deterministic delivery ids). */
  produce(now: Date): Promise<void>;
}

/** Options of {@link Scheduler}. */
export interface SchedulerOptions {
  /** node-cron expression of the tick; every 5 seconds by default. */
  expression?: string;
  /** Zone the expression is read in (matters only for wall-clock expressions). */
  timezone?: string;
  /** Elects one replica per tick (Redis in a multi-replica deployment). */
  coordinator?: RunCoordinator;
}

/**
 * @example
 * const scheduler = new Scheduler({ outbox, clock, log }, [reminderProducer]);
 * scheduler.start(); // …and in tests: await scheduler.tick();
 */
export class Scheduler {
  private task?: ScheduledTask;
  private readonly producers: Producer[];
  /** The tick running now, if any: `stop()` waits for it (the store closes after). */
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly deps: { outbox: Outbox; clock: Clock; log: Logger },
    producers: readonly Producer[] = [],
    private readonly options: SchedulerOptions = {},
  ) {
    this.producers = [...producers];
  }

  /** Adds a producer (feature modules register theirs when installed). */
  add(producer: Producer): void {
    this.producers.push(producer);
  }

  /** One tick: every producer, then the outbox. A failing producer does not stop the others. */
  async tick(): Promise<void> {
    const now = this.deps.clock.now();
    for (const producer of this.producers) {
      try {
        await producer.produce(now);
      } catch (error) {
        this.deps.log.error({ err: error, producer: producer.name }, "producer failed; will retry next tick");
      }
    }
    await this.deps.outbox.drain();
  }

  /** Starts ticking; the first tick runs at once (catch-up after downtime). */
  start(): void {
    this.stopped = false;
    this.deps.outbox.start();
    this.task = cron.schedule(
      this.options.expression ?? "*/5 * * * * *",
      async () => {
        // One tick at a time, whatever node-cron does: its noOverlap does not cover a run
        // started with execute() (the start-up tick), so a due time that falls inside that
        // run started a second, overlapping tick (seen under load).
        if (this.stopped || this.running) return;
        const tick = this.tick().catch((error: unknown) =>
          this.deps.log.error({ err: error }, "tick failed"),
        );
        this.running = tick;
        await tick;
        if (this.running === tick) this.running = undefined;
      },
      {
        name: "delegate-bot-tick",
        noOverlap: true,
        timezone: this.options.timezone ?? "UTC",
        distributed: this.options.coordinator !== undefined,
        runCoordinator: this.options.coordinator,
        suppressMissedWarning: true,
        logger: cronLogger(this.deps.log),
      },
    );
    // Through the task, so that noOverlap also covers this first run.
    void this.task
      .execute()
      .catch((error: unknown) => this.deps.log.error({ err: error }, "start-up tick failed"));
  }

  /**
   * Stops ticking, and resolves once a tick that was running has finished; its outbox
   * starts no further send meanwhile (see {@link Outbox.stop}).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.deps.outbox.stop();
    await this.task?.destroy();
    await this.running;
  }
}

/**
 * node-cron's messages into the bot's log instead of the console (where they would land in
 * the console chat). A tick still running when the next is due is expected (a long broadcast
 * drain), so its overlap warning is debug.
 */
function cronLogger(log: Logger) {
  const child = log.child({ component: "node-cron" });
  return {
    info: (message: string) => child.info(message),
    warn: (message: string) => (/overlap/i.test(message) ? child.debug(message) : child.warn(message)),
    error: (message: string | Error, err?: Error) => child.error({ err: err ?? message }, String(message)),
    debug: (message: string | Error, err?: Error) => child.debug({ err }, String(message)),
  };
}
