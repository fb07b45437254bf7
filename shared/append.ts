/** Appends `items` to `list` in place; unlike `push(...items)` it works for millions of items (no argument limit). */
export function append<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i] as T);
}
