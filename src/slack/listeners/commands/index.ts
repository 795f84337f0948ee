import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { dossierCommand } from './dossierCommand.js';

export function registerCommands(app: App, deps: SlackDeps): void {
  // Every slash command reaching this app is a dossier's (see manifest.yml).
  app.command(/^\/.+/u, dossierCommand(deps));
}
