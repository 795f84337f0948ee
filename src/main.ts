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
import { QueryLog } from './state/queryLog.js';
import { SeenEvents } from './state/seenEvents.js';

const args = process.argv.slice(2);
const settings = readConfig(process.env);
if (!settings.ok) {
  process.stderr.write(`Cannot start — fix the configuration (see .env.example):\n${settings.errors.map((e) => `  • ${e}`).join('\n')}\n`);
  process.exit(1);
}
const config = args.includes('--console') ? { ...settings.config, mode: 'console' as const } : settings.config;

const library = await loadLibrary(config.knowledgeDir);
for (const problem of library.problems) process.stderr.write(`knowledge: ${formatProblem(problem)}\n`);

if (config.mode === 'console') {
  await runConsole(library, { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), blocks: args.includes('--blocks') });
} else {
  const deps = { library: holdLibrary(library), seenEvents: new SeenEvents({ stateDir: config.stateDir }), queryLog: new QueryLog({ stateDir: config.stateDir }) };
  const app = createSlackApp(config, deps);
  await app.start(config.port);
  const where = config.mode === 'socket' ? 'Socket Mode' : `HTTP mode on port ${config.port} (POST /slack/events, GET /healthz)`;
  app.logger.info(`Dossier bot running in ${where}; ${library.dossiers.map((d) => d.dossier.command).join(', ')}${config.slackApiUrl ? `; Web API at ${config.slackApiUrl}` : ''}`);
  const stop = async (signal: string): Promise<void> => {
    app.logger.info(`${signal}: shutting down`);
    await app.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
