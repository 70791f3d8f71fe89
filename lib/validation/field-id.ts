/** The id of the input for a field path, e.g. "delegates.0.email" → "delegates-0-email". */
export function fieldId(path: string): string {
  return path.replace(/[^A-Za-z0-9_-]+/g, "-");
}
