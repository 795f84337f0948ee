/**
 * `npm start`: the main job. With Slack credentials, the Slack app (HTTP mode, or Socket Mode when
 * SLACK_APP_TOKEN is set); without, the offline console on the bundled dossiers.
 */
import 'dotenv/config';
import { loadLibrary } from './answer/library.js';
import { holdLibrary } from './answer/libraryHolder.js';
import { readConfig } from './config/readConfig.js';
import { runConsole } from './console/runConsole.js';
import { formatProblem } from './knowledge/types.js';
import { createSlackApp } from './slack/createApp.js';
import { watchKnowledge } from './answer/watchKnowledge.js';
import { QueryLog } from './state/queryLog.js';
import { SeenEvents } from './state/seenEvents.js';
import { digestSource } from './digest/digestSource.js';
import { DigestScheduler } from './digest/schedule.js';
import { digestClient, postDigest } from './slack/postDigest.js';

const args = process.argv.slice(2);
const settings = readConfig(process.env);
if (!settings.ok) {
  process.stderr.write(`Cannot start — fix the configuration (see .env.example):\n${settings.errors.map((e) => `  • ${e}`).join('\n')}\n`);
  process.exit(1);
}
const config = args.includes('--console') ? { ...settings.config, mode: 'console' as const } : settings.config;

const library = await loadLibrary(config.knowledgeDir);
for (const problem of library.problems) process.stderr.write(`knowledge: ${formatProblem(problem)}\n`);

const holder = holdLibrary(library);
const queryLog = new QueryLog({ stateDir: config.stateDir });
const digest = digestSource(holder, config.stateDir, config.digest, () => new Date(), queryLog);

if (config.mode === 'console') {
  const context = { digest: (dossierId: string) => digest.compose({ dossierId }) };
  await runConsole(library, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), blocks: args.includes('--blocks'), context });
} else {
  digest.noteArticles();
  const deps = { library: holder, seenEvents: new SeenEvents({ stateDir: config.stateDir }), queryLog, digest };
  const app = createSlackApp(config, deps);
  await app.start(config.port);
  const watcher = await watchKnowledge(config.knowledgeDir, {
    onReload: (next) => {
      holder.replace(next);
      digest.noteArticles();
      for (const problem of next.problems) app.logger.warn(`knowledge: ${formatProblem(problem)}`);
      app.logger.info(`knowledge reloaded: ${next.dossiers.map((d) => `${d.dossier.command} ${d.dossier.articles.length} articles`).join(', ')}`);
    },
    onError: (error) => app.logger.error(`knowledge reload failed, still serving the previous version: ${error instanceof Error ? error.message : String(error)}`),
  });
  let scheduler: DigestScheduler | undefined;
  if (config.digest.channels.length > 0) {
    const client = digestClient(config);
    const log = (message: string): void => app.logger.warn(message);
    scheduler = new DigestScheduler({
      settings: config.digest,
      ledger: digest.ledger,
      now: () => new Date(),
      log,
      deliver: async (channel) => {
        const result = await postDigest({ source: digest, client, channel, now: () => new Date(), log });
        if (result.status === 'failed') log(`digest to ${channel} not sent: ${result.error}`);
        else if (result.status === 'sent') app.logger.info(`digest posted to ${channel}`);
      },
    });
    scheduler.start();
    app.logger.info(`daily digest to ${config.digest.channels.join(', ')} at ${config.digest.time} ${config.digest.timeZone}${config.digest.weekdaysOnly ? ' on weekdays' : ''}`);
  }
  const where = config.mode === 'socket' ? 'Socket Mode' : `HTTP mode on port ${config.port} (POST /slack/events, GET /healthz)`;
  app.logger.info(`Dossier bot running in ${where}; ${library.dossiers.map((d) => d.dossier.command).join(', ')}${config.slackApiUrl ? `; Web API at ${config.slackApiUrl}` : ''}`);
  const stop = async (signal: string): Promise<void> => {
    app.logger.info(`${signal}: shutting down`);
    scheduler?.stop();
    watcher.close();
    await app.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
