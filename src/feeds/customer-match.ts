import { distance } from 'fastest-levenshtein';

/**
 * Proposed matches of portal customers to existing customer accounts (the bulk mapping's "Connect customers"): the
 * account whose CRM external id is the portal customer's id, else the most similar name. Similarity is
 * 1 − edit distance ÷ the longer length, over names reduced to their core (case, accents, punctuation and legal suffixes
 * such as "Ltd" dropped; "&" read as "and"), taking the better of the words as written and the words sorted (so
 * "Smith & Jones" meets "Jones and Smith"). A proposal below MIN_CONFIDENCE is no proposal.
 */

export const MIN_CONFIDENCE = 0.6;

export interface MatchCandidate {
  id: string;
  name: string;
  external_id: string | null;
}

export interface ProposedMatch {
  account_id: string;
  account_name: string;
  /** 0..1, two decimals. */
  confidence: number;
  basis: 'external_id' | 'name';
}

const LEGAL_WORDS = new Set([
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'inc',
  'incorporated',
  'plc',
  'co',
  'company',
  'corp',
  'corporation',
  'gmbh',
  'ag',
  'sa',
  'bv',
  'pty',
  'the',
]);

/** The words of a name's core: lower case, without accents, punctuation or legal suffixes. */
export function coreWords(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  const core = words.filter((w) => !LEGAL_WORDS.has(w));
  return core.length > 0 ? core : words;
}

function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 0 : 1 - distance(a, b) / longer;
}

/** How alike two names are (0..1), by their cores as written and with their words sorted. */
export function nameSimilarity(a: string, b: string): number {
  const wa = coreWords(a);
  const wb = coreWords(b);
  const asWritten = similarity(wa.join(' '), wb.join(' '));
  const sorted = similarity([...wa].sort().join(' '), [...wb].sort().join(' '));
  return Math.max(asWritten, sorted);
}

/** A word shared by more accounts than this does not make them candidates on its own (e.g. "school" in a school trust). */
const COMMON_WORD_LIMIT = 500;

/**
 * A matcher over the candidate accounts: only accounts sharing a core word (or the external id) with a portal customer are
 * compared, so a provider with thousands of accounts costs a few comparisons per portal customer, not thousands.
 */
export function createMatcher(accounts: MatchCandidate[]) {
  const byExternalId = new Map<string, MatchCandidate>();
  const byWord = new Map<string, MatchCandidate[]>();
  for (const a of accounts) {
    if (a.external_id && !byExternalId.has(a.external_id)) byExternalId.set(a.external_id, a);
    for (const w of new Set(coreWords(a.name))) {
      const list = byWord.get(w);
      if (list) list.push(a);
      else byWord.set(w, [a]);
    }
  }

  return function propose(customer: { external_id: string; name: string }): ProposedMatch | null {
    const same = byExternalId.get(customer.external_id);
    if (same) return { account_id: same.id, account_name: same.name, confidence: 1, basis: 'external_id' };
    const words = [...new Set(coreWords(customer.name))];
    const lists = words.map((w) => byWord.get(w) ?? []);
    const usable = lists.filter((l) => l.length <= COMMON_WORD_LIMIT);
    const candidates = new Set((usable.length > 0 ? usable : lists).flat());
    let best: ProposedMatch | null = null;
    for (const a of candidates) {
      const confidence = Math.round(nameSimilarity(customer.name, a.name) * 100) / 100;
      if (confidence < MIN_CONFIDENCE) continue;
      if (!best || confidence > best.confidence || (confidence === best.confidence && a.name < best.account_name))
        best = { account_id: a.id, account_name: a.name, confidence, basis: 'name' };
    }
    return best;
  };
}
