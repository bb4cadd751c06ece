/** Rendering values for people in error messages. */

/** `45 s`, `10 ms`, `1.5 s`, `15 min`. */
export function formatMs(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000 && ms % 100 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

/** `300 KB`, `10 bytes`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}

/** A string value quoted as JSON: `"AWS"`; `undefined` as `nothing`. */
export function q(v: unknown): string {
  if (v === undefined) return 'nothing';
  return JSON.stringify(v);
}

/** `"A", "B" or "C"` */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map(v => JSON.stringify(v));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** The kind's name as users know it. */
export function kindName(kind: string): string {
  return kind === 'REST' ? 'REST APIs' : kind === 'HTTP' ? 'HTTP APIs' : 'WebSocket APIs';
}
