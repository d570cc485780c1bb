import { describe, expect, it } from 'vitest';
import {
  type AgreementFacts,
  canonicalReport,
  kindsCompatible,
  rootOf,
  sameAgreement,
} from '../src/graph/partnership-match.js';
import { resolvePartnerships } from '../src/ingest/partnership-resolution.js';

const parents = new Map([
  ['bollore-logistics', 'bollore'],
  ['cainiao', 'alibaba'],
]);
const mou: AgreementFacts = {
  kind: 'MEMORANDUM_OF_UNDERSTANDING',
  parties: ['bollore', 'alibaba'],
  signedOn: '2018-07-02',
  publishedOn: '2018-07-02',
};
const report = (facts: Partial<AgreementFacts>): AgreementFacts => ({
  kind: 'STRATEGIC_ALLIANCE',
  parties: ['bollore-logistics', 'alibaba'],
  signedOn: '2018-07-02',
  publishedOn: '2018-07-03',
  ...facts,
});

describe('when two reports are one agreement', () => {
  it('replaces each subsidiary by its parent, up the chain, and survives a cycle', () => {
    expect(
      rootOf(
        new Map([
          ['a', 'b'],
          ['b', 'c'],
        ]),
        'a',
      ),
    ).toBe('c');
    expect(
      rootOf(
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
        'a',
      ),
    ).toBe('b');
    expect(sameAgreement(parents, report({}), mou)).toBe(true);
    expect(sameAgreement(parents, report({ parties: ['cainiao', 'bollore'] }), mou)).toBe(true);
    expect(sameAgreement(parents, report({ parties: ['bollore', 'alibaba', 'x'] }), mou)).toBe(
      false,
    );
  });

  it('takes identical kinds or two symmetric ones, never a directed one for a symmetric one', () => {
    expect(kindsCompatible('MEMORANDUM_OF_UNDERSTANDING', 'STRATEGIC_ALLIANCE')).toBe(true);
    expect(kindsCompatible('INVESTMENT', 'INVESTMENT')).toBe(true);
    expect(kindsCompatible('MEMORANDUM_OF_UNDERSTANDING', 'ACQUISITION')).toBe(false);
    expect(kindsCompatible('INVESTMENT', 'ACQUISITION')).toBe(false);
  });

  it('takes signing dates at most 7 days apart, or one missing and the same year', () => {
    expect(sameAgreement(parents, report({ signedOn: '2018-07-09' }), mou)).toBe(true);
    expect(sameAgreement(parents, report({ signedOn: '2018-07-10' }), mou)).toBe(false);
    expect(sameAgreement(parents, report({ signedOn: null, publishedOn: '2018-12-30' }), mou)).toBe(
      true,
    );
    expect(sameAgreement(parents, report({ signedOn: null, publishedOn: '2019-01-02' }), mou)).toBe(
      false,
    );
  });

  it('makes the earliest-published report canonical, ties by the smaller id', () => {
    const r = (articleId: string, publishedOn: string, reportedAs: string) => ({
      articleId,
      publishedOn,
      reportedAs,
    });
    expect(
      canonicalReport([r('b', '2018-07-03', 'a-id'), r('a', '2018-07-02', 'z-id')])?.reportedAs,
    ).toBe('z-id');
    expect(
      canonicalReport([r('b', '2018-07-02', 'y'), r('a', '2018-07-02', 'x')])?.reportedAs,
    ).toBe('x');
  });
});

describe('resolving the reports of a file', () => {
  const context = {
    known: [],
    candidates: [
      { id: 'mou', ...mou },
      { id: 'later', ...mou, kind: 'STRATEGIC_ALLIANCE', signedOn: '2018-07-10' },
    ],
    parents: [...parents] as [string, string][],
  };
  const r = { fileId: 'new', path: 'partnerships[0]', ...report({}) };

  it('refuses a report that matches two known agreements, naming both', () => {
    expect(() =>
      resolvePartnerships('f.yaml', [{ ...r, signedOn: '2018-07-06' }], context, []),
    ).toThrow('partnerships[0]: "new" matches several known agreements (later, mou)');
  });

  it('merges into the one it matches; an id known directly needs no rule but a compatible kind', () => {
    expect(resolvePartnerships('f.yaml', [r], context, []).target.get('new')).toBe('mou');
    const known = {
      ...context,
      known: [{ reportId: 'new', id: 'other', kind: 'ACQUISITION', byAlias: true }],
    };
    expect(() => resolvePartnerships('f.yaml', [r], known, [])).toThrow(
      'partnerships[0]: "new" names partnership "other", a ACQUISITION; this file says STRATEGIC_ALLIANCE',
    );
  });
});
