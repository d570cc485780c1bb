import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses `__schema` and `__type` at validation (GRAPHQL_VALIDATION_FAILED),
 * before anything runs; `__typename` stays, clients need it. The schema is
 * public in schema/schema.graphql: this only keeps a production server from
 * handing attackers a map of it.
 */
export function useIntrospectionOff(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
