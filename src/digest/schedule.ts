/**
 * When the digest is due: on each (optionally: each week)day once the local time has reached
 * DIGEST_TIME in DIGEST_TZ, for every channel whose digest for that local day is not in the ledger.
 * After downtime it catches up the same day; across DST the zone's wall clock decides. The clock is
 * injected, so tests can walk through days without waiting.
 */
import type { DigestSettings } from '../config/readConfig.js';
import type { DigestLedger } from './ledger.js';
import { localTime, parseClockTime } from '../time/localTime.js';
import { mapped } from '../lists/loops.js';

/** The local date whose digest is due for `channel` at `now`, or undefined when none is due. */
export function dueDate(now: Date, settings: DigestSettings, ledger: DigestLedger, channel: string): string | undefined {
  const local = localTime(now, settings.timeZone);
  if (settings.weekdaysOnly && local.weekday > 5) return undefined;
  if (local.minutes < (parseClockTime(settings.time) ?? 0)) return undefined;
  return ledger.sent(channel, local.date) ? undefined : local.date;
}

export interface SchedulerOptions {
  settings: DigestSettings;
  ledger: DigestLedger;
  now: () => Date;
  /** Posts the digest for `date` to `channel` (and records it in the ledger when Slack confirms). */
  deliver: (channel: string, date: string) => Promise<unknown>;
  log?: (message: string) => void;
}

export class DigestScheduler {
  private readonly running = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: SchedulerOptions) {}

  /** Posts every digest that is due now; a channel already being posted to is left alone. */
  async tick(): Promise<void> {
    const { settings, ledger, now } = this.options;
    await Promise.all(
      mapped(settings.channels, async (channel) => {
        const date = dueDate(now(), settings, ledger, channel);
        if (!date || this.running.has(channel)) return;
        this.running.add(channel);
        try {
          await this.options.deliver(channel, date);
        } catch (error) {
          this.options.log?.(`digest to ${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          this.running.delete(channel);
        }
      }),
    );
  }

  /** Checks now (catching up after downtime) and then every `intervalMs`. */
  start(intervalMs = 30_000): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
