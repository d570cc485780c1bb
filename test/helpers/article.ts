import { createHash } from 'node:crypto';
import { parseArticle } from '../../src/ingest/article-parser.js';
import { ExtractionSchema } from '../../src/ingest/extraction-schema.js';
import type { ArticleSource } from '../../src/ingest/graph-builder.js';

/** An article held in memory: its text and extraction, parsed as the loader would. */
export function articleSource(text: string, extraction: unknown): ArticleSource {
  const parsed = ExtractionSchema.parse(extraction);
  return {
    id: parsed.article.id,
    textFile: 'memory.txt',
    extractionFile: 'memory.yaml',
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    parsed: parseArticle(text),
    extraction: parsed,
  };
}

export const THREE_PARTY_TEXT = [
  'Trois groupes investissent',
  '',
  'Publié le 03-03-2021 par Jeanne Test',
  '',
  'Alpha investit dans Gamma avec Beta. Alpha apporte la logistique à Beta et à Gamma.',
].join('\n');

/** Alpha invests in Gamma alongside Beta; Alpha brings logistics to both. */
export const THREE_PARTY_EXTRACTION = {
  article: { id: 'three-party', language: 'fr' },
  companies: [
    { id: 'alpha', name: 'Alpha', evidence: 'Alpha investit' },
    { id: 'beta', name: 'Beta', evidence: 'avec Beta' },
    { id: 'gamma', name: 'Gamma', evidence: 'dans Gamma' },
  ],
  sectors: [
    { id: 'logistics', name: 'logistics', names: { fr: 'logistique' }, evidence: 'la logistique' },
  ],
  partnerships: [
    {
      id: 'gamma-round',
      kind: 'INVESTMENT',
      name: 'Gamma round',
      evidence: 'Alpha investit dans Gamma avec Beta',
      parties: [
        { company: 'alpha', role: 'INVESTOR', evidence: 'Alpha investit' },
        { company: 'beta', role: 'INVESTOR', evidence: 'avec Beta' },
        { company: 'gamma', role: 'INVESTEE', evidence: 'dans Gamma' },
      ],
      contributions: [
        {
          company: 'alpha',
          beneficiary: 'beta',
          sectors: ['logistics'],
          evidence: 'Alpha apporte la logistique à Beta',
        },
        {
          company: 'alpha',
          beneficiary: 'gamma',
          sectors: ['logistics'],
          evidence: 'la logistique à Beta et à Gamma',
        },
      ],
    },
  ],
};
