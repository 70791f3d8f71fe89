/** The keys of `after` whose value differs from `before`'s, for an audit row (dates compare by time). */
export function changedFields<T extends object>(
  before: Partial<Record<keyof T, unknown>>,
  after: T,
): (keyof T)[] {
  return (Object.keys(after) as (keyof T)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
