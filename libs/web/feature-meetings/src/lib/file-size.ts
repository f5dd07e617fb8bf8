const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 348160 → "340 kB", 20971520 → "20 MB": how big a paper is, in Dutch notation. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
  return `${oneDecimal.format(Math.max(bytes / 1024, 0.1))} kB`;
}
