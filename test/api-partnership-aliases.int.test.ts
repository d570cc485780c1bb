import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

const api = useSeededApi(['seeds', 'test/fixtures/other-angle']);

const DEAL = `query ($id: ID!) {
  partnership(id: $id) {
    key
    kind
    aliases
    parties { company { key } }
    markets { place { key } }
  }
}`;

describe('a deal two articles report under their own ids, through the API', {
  timeout: 300_000,
}, () => {
  it('answers under the earliest report id, with the other report id and name as aliases', async () => {
    const { partnership } = await api.data<{ partnership: Record<string, unknown> }>(DEAL, {
      id: 'bollore-alibaba-mou-2018',
    });
    expect(partnership).toMatchObject({
      key: 'bollore-alibaba-mou-2018',
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      aliases: [
        'Bolloré Logistics–Alibaba logistics alliance',
        'bollore-logistics-alibaba-alliance-2018',
      ],
    });
    const keys = (list: unknown, field: string) =>
      (list as Record<string, { key: string }>[]).map((x) => x[field]?.key).sort();
    expect(keys(partnership.parties, 'company')).toEqual([
      'alibaba',
      'bollore',
      'bollore-logistics',
    ]);
    expect(keys(partnership.markets, 'place')).toEqual([
      'africa',
      'china',
      'europe',
      'south-east-asia',
    ]);
  });

  it('finds the deal by the id the second report gave it, in both forms', async () => {
    for (const id of [
      'bollore-logistics-alibaba-alliance-2018',
      'Partnership:bollore-logistics-alibaba-alliance-2018',
    ]) {
      const { partnership } = await api.data<{ partnership: { key: string } | null }>(DEAL, { id });
      expect(partnership?.key).toBe('bollore-alibaba-mou-2018');
    }
    const { partnership } = await api.data<{ partnership: unknown }>(DEAL, { id: 'no-such-deal' });
    expect(partnership).toBeNull();
  });
});
