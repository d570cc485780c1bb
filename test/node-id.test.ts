import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeGlobalId, encodeGlobalId, localId } from '../src/schema/node-id.js';

describe('global ids', () => {
  it('read as Type:id and decode back', () => {
    expect(encodeGlobalId('Company', 'bollore')).toBe('Company:bollore');
    expect(decodeGlobalId('Article:2018-07-02-bollore-alibaba-accord-mondial')).toEqual({
      typename: 'Article',
      id: '2018-07-02-bollore-alibaba-accord-mondial',
    });
  });

  it.each([
    'bollore',
    'Company:',
    ':bollore',
    'Alias:company:x',
    'Company:Bolloré',
    'company:bollore',
    'Company:a b',
  ])('refuses %j with BAD_USER_INPUT naming the argument', (id) => {
    try {
      decodeGlobalId(id, 'from');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      expect((error as GraphQLError).message).toContain('"from"');
      expect((error as GraphQLError).message).toContain(JSON.stringify(id));
    }
  });
});

describe('local ids', () => {
  it('take the id alone or the global id of the right type', () => {
    expect(localId('bollore', 'Company')).toBe('bollore');
    expect(localId('Company:bollore', 'Company')).toBe('bollore');
  });

  it('refuse a global id of another type, and text that is no id', () => {
    expect(() => localId('Sector:logistics', 'Company')).toThrow(
      /names a Sector, where a Company is expected/,
    );
    expect(() => localId('Bolloré', 'Company')).toThrow(/lower-case letters, digits and hyphens/);
  });
});
