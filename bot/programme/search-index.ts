/**
 * A tiny weighted inverted index over the searchable occurrences of the catalogue (items,
 * social events, milestones, notices). Built once at load; a query costs a few map lookups,
 * plus a bounded fuzzy look-up for words it has never seen (light typos).
 */
import { boundedDistance } from "../language/distance.js";
import { termOf, type Word, words } from "./text.js";

/**
 * A field of a document with its weight (1 = title-like, 0.3 = address-like).
 * @example const title: WeightedText = { text: "Capacity-building", weight: 1, primary: true };
 */
export interface WeightedText {
  text: string;
  weight: number;
  /** Primary fields count for "how much of the title did the question cover". */
  primary?: boolean;
}

/**
 * The outcome of scoring query words against the index.
 * @example catalogue.search.search(words("capacity building")).coverage // 1
 */
export interface SearchResult {
  /** Score per document index (only documents that matched something). */
  scores: Map<number, number>;
  /** Query words that matched at least one document. */
  matched: Word[];
  /** Query words that matched nothing, even fuzzily. */
  unmatched: Word[];
  /**
   * How much of the question the index explains (0–1): Σ idf × best field weight of the
   * matched words over Σ idf of all words (an unknown word counts as the rarest term).
   */
  coverage: number;
}

interface Posting {
  doc: number;
  weight: number;
}

const MAX_FUZZY_CACHE = 5000;

/**
 * @example
 * const index = new SearchIndex([[{ text: "Capacity-building", weight: 1, primary: true }]]);
 * index.search(words("capasity bilding")).scores.get(0); // > 0 (words of 6+ letters allow a typo)
 */
export class SearchIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly idf = new Map<string, number>();
  /** Surface words seen in the documents, for fuzzy matching, grouped by length. */
  private readonly surfacesByLength = new Map<number, { surface: string; term: string }[]>();
  private readonly primaryTermCounts: number[] = [];
  private readonly primaryTerms: Set<string>[] = [];
  private readonly fuzzyCache = new Map<string, string | null>();
  private readonly maxIdf: number;

  constructor(documents: readonly (readonly WeightedText[])[]) {
    const seenSurfaces = new Set<string>();
    documents.forEach((fields, doc) => {
      const weights = new Map<string, number>();
      const primary = new Set<string>();
      for (const field of fields) {
        for (const word of words(field.text)) {
          weights.set(word.term, Math.max(weights.get(word.term) ?? 0, field.weight));
          if (field.primary) primary.add(word.term);
          if (!seenSurfaces.has(word.surface) && word.surface.length >= 4 && !/^\d+$/.test(word.surface)) {
            seenSurfaces.add(word.surface);
            const bucket = this.surfacesByLength.get(word.surface.length) ?? [];
            bucket.push(word);
            this.surfacesByLength.set(word.surface.length, bucket);
          }
        }
      }
      for (const [term, weight] of weights) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc, weight });
        this.postings.set(term, list);
      }
      this.primaryTerms.push(primary);
      this.primaryTermCounts.push(primary.size);
    });
    const total = Math.max(documents.length, 1);
    let maxIdf = 1;
    for (const [term, list] of this.postings) {
      const idf = 1 + Math.log(total / list.length);
      this.idf.set(term, idf);
      maxIdf = Math.max(maxIdf, idf);
    }
    this.maxIdf = maxIdf;
  }

  /** True when the term occurs in some document. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /**
   * Scores documents for the query words: Σ idf × field weight, plus a small bonus for the
   * share of a document's primary terms the query covers (so "ping test" prefers the test
   * itself over the briefing about it).
   */
  search(query: readonly Word[]): SearchResult {
    const scores = new Map<number, number>();
    const matched: Word[] = [];
    const unmatched: Word[] = [];
    const primaryHits = new Map<number, number>();
    const seen = new Set<string>();
    let totalWeight = 0;
    let matchedWeight = 0;
    for (const word of query) {
      const term = this.resolve(word);
      if (term === undefined) {
        unmatched.push(word);
        totalWeight += this.maxIdf;
        continue;
      }
      matched.push(word);
      if (seen.has(term)) continue;
      seen.add(term);
      const idf = this.idf.get(term) ?? 1;
      let bestWeight = 0;
      for (const { doc, weight } of this.postings.get(term) ?? []) {
        bestWeight = Math.max(bestWeight, weight);
        scores.set(doc, (scores.get(doc) ?? 0) + idf * weight);
        if (this.primaryTerms[doc]?.has(term)) primaryHits.set(doc, (primaryHits.get(doc) ?? 0) + 1);
      }
      totalWeight += idf;
      matchedWeight += idf * bestWeight;
    }
    for (const [doc, hits] of primaryHits) {
      const count = this.primaryTermCounts[doc] ?? 0;
      if (count > 0) scores.set(doc, (scores.get(doc) ?? 0) + (0.5 * hits) / count);
    }
    return { scores, matched, unmatched, coverage: totalWeight === 0 ? 0 : matchedWeight / totalWeight };
  }

  /** The indexed term a query word stands for, allowing one or two typos in longer words. */
  resolve(word: Word): string | undefined {
    if (this.postings.has(word.term)) return word.term;
    const { surface } = word;
    if (surface.length < 6 || /\d/.test(surface)) return undefined;
    const cached = this.fuzzyCache.get(surface);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.closestSurface(surface);
    if (this.fuzzyCache.size >= MAX_FUZZY_CACHE) this.fuzzyCache.clear();
    this.fuzzyCache.set(surface, found ?? null);
    return found;
  }

  private closestSurface(surface: string): string | undefined {
    const maxDistance = surface.length >= 9 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = maxDistance + 1;
    for (let length = surface.length - maxDistance; length <= surface.length + maxDistance; length++) {
      for (const candidate of this.surfacesByLength.get(length) ?? []) {
        const distance = boundedDistance(surface, candidate.surface, bestDistance - 1);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = termOf(candidate.surface);
        }
      }
    }
    return best;
  }
}

export { boundedDistance };
