/**
 * The dashboard's jargon in plain words (shown by components/Term.tsx beside the term). Keys are the terms as they
 * appear, matched without regard to case; the longest first, so "DCA stale" wins over "stale".
 */
import { PAGES_PER_TREE_TEXT } from './trees';

export const GLOSSARY: Readonly<Record<string, string>> = {
  'DCA stale':
    "The printers' data collection agent (DCA: the small program at the customer's site that reads the meters) has sent no new " +
    'counters for 3 business days: it has probably stopped or lost its network. Canopy re-reads the missed days once it reports again.',
  stale: 'No new data has arrived for a while (the counters have not moved): the days concerned are a gap, never counted as zero.',
  backfill:
    'Reading the days from the activation date up to yesterday when a feed is connected, so its history is complete before nightly ' +
    'collection takes over.',
  'standard pages':
    'Printed sheets converted to one common size (a Letter sheet at 74 g/m²), so that A3, A4 and Letter prints can be added up; ' +
    `${PAGES_PER_TREE_TEXT} standard pages are one tree.`,
  checkpoint: 'The last day Canopy has collected and counted for a feed: the next collection starts after it.',
  'health.changed': 'A server or feed turned unhealthy, or healthy again.',
  'health.summary': 'Three or more feeds of one server changed health in one run: one e-mail lists them all.',
  'certificate.issued': "A month's Certificate of Reforestation was issued for a customer account.",
};

/** The plain words of a term, or null when it is not jargon we explain. */
export function explain(term: string): string | null {
  const key = Object.keys(GLOSSARY).find((k) => k.toLowerCase() === term.toLowerCase());
  return key ? GLOSSARY[key]! : null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TERMS = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length);
const FINDER = new RegExp(`\\b(${TERMS.map(escapeRegExp).join('|')})\\b`, 'gi');

/** A text cut into plain pieces and the glossary's terms (each term once: the first time it appears). */
export function splitTerms(text: string): Array<{ text: string; term: boolean }> {
  const parts: Array<{ text: string; term: boolean }> = [];
  const seen = new Set<string>();
  let last = 0;
  for (const m of text.matchAll(FINDER)) {
    const key = m[0].toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (m.index > last) parts.push({ text: text.slice(last, m.index), term: false });
    parts.push({ text: m[0], term: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), term: false });
  return parts;
}
