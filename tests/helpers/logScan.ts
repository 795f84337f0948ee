/** What must never be in a log line: the tokens, the signing secret and the user ids a test used. */

/** The places in `lines` where any of `secrets` appears as a whole word, as `secret: line`. */
export function leaks(lines: readonly string[], secrets: readonly string[]): string[] {
  const patterns = secrets.map((secret) => [secret, new RegExp(`(?<![A-Za-z0-9])${secret.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![A-Za-z0-9])`, 'u')] as const);
  return lines.flatMap((line) => patterns.filter(([, pattern]) => pattern.test(line)).map(([secret]) => `${secret}: ${line.slice(0, 300)}`));
}
