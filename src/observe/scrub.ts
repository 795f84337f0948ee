/**
 * The last line of defence before a log line is written: whatever a library or an error message
 * put in it, no Slack token, no configured secret and no Slack user id leaves the process. Pure;
 * works on the finished JSON line, so the replacements keep it valid JSON.
 */

/** Bot, user, app-level, refresh and legacy tokens: `xoxb-…`, `xoxp-…`, `xapp-…`, `xoxe.xoxp-…`. */
const TOKEN = /\bx(?:ox[abeoprs]|app)(?:\.xox[a-z])?-[\w-]+/gu;
/** Slack user ids (U… and, on Enterprise Grid, W…): at least 8 characters with a digit among them. */
const USER_ID = /\b[UW](?=[A-Z0-9]*\d)[A-Z0-9]{8,}\b/gu;

export const REDACTED = '[redacted]';

/** `secrets`: values to take out wherever they appear (the signing secret, the tokens as configured). */
export function scrub(line: string, secrets: readonly string[] = []): string {
  let clean = line.replace(TOKEN, REDACTED).replace(USER_ID, REDACTED);
  for (const secret of secrets) {
    // As it appears inside a JSON string (escaped), and as it is.
    for (const form of new Set([JSON.stringify(secret).slice(1, -1), secret])) if (form.length >= 6) clean = clean.split(form).join(REDACTED);
  }
  return clean;
}
