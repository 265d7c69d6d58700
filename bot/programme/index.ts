/**
 * The programme catalogue: schema of `data/*.yaml`, loading, time formatting and indexes.
 * @example
 * import { loadCatalogue } from "./programme/index.js";
 * const catalogue = loadCatalogue();
 */
export * from "./catalogue.js";
export * from "./errors.js";
export { flattenProgramme, itemLabel, partOfDayOf } from "./flatten.js";
export * from "./format.js";
export * from "./load.js";
export * from "./schema.js";
export { ITEM_TYPE_WORDS, searchFields } from "./search-fields.js";
export { boundedDistance, SearchIndex, type SearchResult, type WeightedText } from "./search-index.js";
export * from "./text.js";
export * from "./time.js";
