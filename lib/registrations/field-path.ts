/** "delegates.2" + "email" → "delegates.2.email"; an empty prefix leaves the field alone. */
export function fieldPath(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}
