/**
 * The last line of defence before a log line is written: whatever a library or an error message
 * put in it, no Slack token, no configured secret and no Slack user id leaves the process. Pure;
 * works on the finished JSON line, so the replacements keep it valid JSON.
 */
import { flatMap } from '../lists/loops.js';

/** Bot, user, app-level, refresh and legacy tokens: `xoxb-…`, `xoxp-…`, `xapp-…`, `xoxe.xoxp-…`. */
const TOKEN = /\bx(?:ox[abeoprs]|app)(?:\.xox[a-z])?-[\w-]+/gu;
/** Slack user ids (U… and, on Enterprise Grid, W…): at least 8 characters with a digit among them. */
const USER_ID = /\b[UW](?=[A-Z0-9]*\d)[A-Z0-9]{8,}\b/gu;

export const REDACTED = '[redacted]';

/**
 * A scrubber for `secrets` (the signing secret, the tokens as configured): their forms — as they
 * are, and as they appear escaped inside a JSON string — worked out once, not for every line.
 */
export function scrubber(secrets: readonly string[] = []): (line: string) => string {
  const forms = [...new Set(flatMap(secrets, (secret) => [JSON.stringify(secret).slice(1, -1), secret]))].filter((form) => form.length >= 6);
  return (line) => {
    let clean = line.replace(TOKEN, REDACTED).replace(USER_ID, REDACTED);
    for (const form of forms) clean = clean.split(form).join(REDACTED);
    return clean;
  };
}
