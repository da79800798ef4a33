/**
 * Each catalogue is assembled from the shared file and one file per feature that owns many texts
 * (sync, letters): features grow their texts without everyone editing one large file. A feature
 * file holds its own top-level section, so merging never overwrites a key.
 */
export type Catalogue = { [key: string]: string | Catalogue };

export function assemble(...parts: Catalogue[]): Catalogue {
  const merged: Catalogue = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      // A section defined twice would silently lose texts: refuse at start-up instead.
      if (key in merged) throw new Error(`i18n: section "${key}" is defined in two catalogue files`);
      merged[key] = value;
    }
  }
  return merged;
}
