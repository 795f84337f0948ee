/** Block Kit types, from Bolt's re-export of @slack/types (one place to change if that moves). */
import type { types } from '@slack/bolt';

export type KnownBlock = types.KnownBlock;
export type ActionsBlock = types.ActionsBlock;
export type Button = types.Button;
export type HomeView = types.HomeView;
