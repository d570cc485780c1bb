import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/** "What am I typing the name of?": the explorer's search box, over the seed article. */
const api = useSeededApi();

interface Suggestion {
  kind: string;
  label: string;
  matchedName: string | null;
  score: number;
  node: { __typename: string; id: string };
}
const SUGGEST = `query ($text: String!, $kinds: [NodeKind!], $first: Int) {
  suggest(text: $text, kinds: $kinds, first: $first) {
    kind label matchedName score node { __typename id }
  }
}`;
const suggest = async (text: string, variables: Record<string, unknown> = {}) =>
  (await api.data<{ suggest: Suggestion[] }>(SUGGEST, { text, ...variables })).suggest;

describe('suggestions as you type', () => {
  it('puts Bolloré first for "bollore", then the other things named so, best first', async () => {
    const found = await suggest('bollore');
    expect(found[0]).toMatchObject({
      kind: 'COMPANY',
      label: 'Bolloré',
      matchedName: 'Bolloré',
      node: { __typename: 'Company', id: 'Company:bollore' },
    });
    const ids = found.map((s) => s.node.id);
    expect(ids).toContain('Person:vincent-bollore');
    expect(ids).toContain('Partnership:bollore-alibaba-mou-2018');
    const scores = found.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds the partnership by a word of its French or English name', async () => {
    for (const [text, matched] of [
      ['protocole', "Protocole d'accord mondial entre Bolloré et Alibaba"],
      ['memorandum', 'Bolloré–Alibaba worldwide memorandum of understanding'],
      ['PROTOCOLE MONDIAL', "Protocole d'accord mondial entre Bolloré et Alibaba"],
      ['bolloré–alibaba worldwide', 'Bolloré–Alibaba worldwide memorandum of understanding'],
    ] as const) {
      const [first] = await suggest(text);
      expect(first, text).toMatchObject({
        kind: 'PARTNERSHIP',
        label: 'Bolloré–Alibaba worldwide memorandum of understanding',
        matchedName: matched,
        node: { __typename: 'Partnership', id: 'Partnership:bollore-alibaba-mou-2018' },
      });
    }
  });

  it('ignores accents and case, and completes a word being typed', async () => {
    const [upper] = await suggest('BOLLORÉ');
    const [prefix] = await suggest('bollo');
    expect(upper?.node.id).toBe('Company:bollore');
    expect(prefix?.node.id).toBe('Company:bollore');
    const [alias] = await suggest('alibaba group', { kinds: ['COMPANY'] });
    expect(alias).toMatchObject({ label: 'Alibaba', matchedName: 'Alibaba Group' });
  });

  it('keeps only the kinds asked for, and at most `first`', async () => {
    const people = await suggest('bollore', { kinds: ['PERSON'] });
    expect(people.map((s) => s.node.id)).toEqual(['Person:vincent-bollore']);
    const partnerships = await suggest('alibaba', { kinds: ['PARTNERSHIP'] });
    expect(partnerships.map((s) => s.kind)).toEqual(['PARTNERSHIP']);
    const mixed = await suggest('alibaba', { kinds: ['COMPANY', 'PARTNERSHIP'] });
    expect(new Set(mixed.map((s) => s.kind))).toEqual(new Set(['COMPANY', 'PARTNERSHIP']));
    expect(await suggest('alibaba', { first: 1 })).toHaveLength(1);
    expect(await suggest('nothing-named-so')).toEqual([]);
  });

  it('reads the node with what is selected of it, in one statement', async () => {
    const calls = await api.countCalls(async () => {
      const { suggest: found } = await api.data<{
        suggest: { node: { name?: string; kind?: string; parties?: unknown[] } }[];
      }>(`{
        suggest(text: "memorandum") {
          node {
            ... on Partnership { name kind parties { company { name } } }
            ... on Company { name }
          }
        }
      }`);
      expect(found[0]?.node).toMatchObject({
        kind: 'MEMORANDUM_OF_UNDERSTANDING',
        parties: [{ company: { name: 'Alibaba' } }, { company: { name: 'Bolloré' } }],
      });
    });
    expect(calls.statements).toBe(1);
  });

  it('refuses a bad text, kind or first with BAD_USER_INPUT naming the argument and value', async () => {
    const cases: [Record<string, unknown>, string, unknown][] = [
      [{ text: '  ?! ' }, 'text', '  ?! '],
      [{ text: 'x'.repeat(201) }, 'text', undefined],
      [{ text: 'bollore', first: 0 }, 'first', 0],
      [{ text: 'bollore', first: 51 }, 'first', 51],
      [{ text: 'bollore', kinds: [] }, 'kinds', undefined],
      [{ text: 'bollore', kinds: ['COMPANY', 'ARTICLE'] }, 'kinds', 'ARTICLE'],
    ];
    for (const [variables, argument, value] of cases) {
      const result = await api.graphql(SUGGEST, variables);
      const [error] = result.errors ?? [];
      expect(error?.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
        ...(value === undefined ? {} : { value }),
      });
      expect(error?.message).toContain(argument);
    }
  });
});
