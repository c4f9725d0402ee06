/** Text helpers shared by the catalog, the console modules and search. Pure, no DOM. */

/** Folds a status label for comparison: case, width, and runs of white space do not matter. */
export function foldLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Words of a text, lower case, for comparisons of wording. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}
