import { describe, expect, it } from 'vitest';
import { QuoteFinder } from '../src/ingest/quotes.js';

describe('QuoteFinder', () => {
  const text =
    'Bolloré compte plus de 50\u00a0000 collaborateurs. Bolloré, basé à Puteaux. « prometteurs\u00a0»';
  const finder = new QuoteFinder(text);

  it('matches a plain space against a no-break space, and returns the original wording', () => {
    const match = finder.find('plus de 50 000 collaborateurs');
    expect(match).toMatchObject({ ok: true, text: 'plus de 50\u00a0000 collaborateurs' });
    if (match.ok) expect(text.slice(match.span.start, match.span.end)).toBe(match.text);
  });

  it('matches a straight apostrophe against a curly one', () => {
    expect(new QuoteFinder('l’expertise de Bolloré').find("l'expertise").ok).toBe(true);
  });

  it('takes the first occurrence unless a start picks another', () => {
    expect(finder.occurrences('Bolloré')).toEqual([0, 46]);
    expect(finder.find('Bolloré')).toMatchObject({ ok: true, span: { start: 0, end: 7 } });
    expect(finder.find('Bolloré', 46)).toMatchObject({ ok: true, span: { start: 46, end: 53 } });
    expect(finder.find('Bolloré', 3)).toEqual({
      ok: false,
      reason: 'not-at-start',
      occurrences: [0, 46],
    });
  });

  it('says when a quote is absent or empty', () => {
    expect(finder.find('Lyon')).toEqual({ ok: false, reason: 'not-found', occurrences: [] });
    expect(finder.find('  ')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('counts code points: an emoji before the quote moves it by one', () => {
    const match = new QuoteFinder('😀 Alibaba').find('Alibaba');
    expect(match).toMatchObject({ ok: true, span: { start: 2, end: 9 }, text: 'Alibaba' });
  });
});
