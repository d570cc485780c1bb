import { timingSafeEqual } from 'node:crypto';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one app: requests and their latency per operation,
 * errors, GraphQL phases (yoga's prometheus plugin), Neo4j statements and
 * their durations (fed by the executor), and the process's own (memory, CPU,
 * event loop). Each app has its own registry, so tests can build many apps.
 */
export interface Metrics {
  registry: Registry;
  /** One Cypher statement run for `operation` (a GraphQL operation name, `seed`, …). */
  statement(operation: string | null, seconds: number, outcome: 'ok' | 'error'): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'accord_' });
  const statements = new Histogram({
    name: 'accord_neo4j_statement_duration_seconds',
    help: 'Cypher statements Accord ran, by operation and outcome, and how long each took',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    statement: (operation, seconds, outcome) =>
      statements.observe({ operation: operation ?? 'anonymous', outcome }, seconds),
  };
}

export interface MetricsOptions {
  metrics: Metrics;
  /** Where the metrics answer. @default '/metrics' */
  endpoint?: string;
  /** When set, /metrics answers only to `Authorization: Bearer <token>` (else 401). @default undefined (open) */
  token?: string | undefined;
}

/** `/metrics` in Prometheus's text format, and the GraphQL metrics behind it. */
export function useMetrics({ metrics, endpoint = '/metrics', token }: MetricsOptions): Plugin[] {
  const expected = token === undefined ? undefined : Buffer.from(`Bearer ${token}`);
  const allowed = (header: string | null) => {
    if (!expected) return true;
    const given = Buffer.from(header ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return [
    usePrometheus({
      registry: metrics.registry,
      endpoint: false,
      // Operation names, not URLs: a query string would make a series per request.
      labels: { url: false },
      metrics: {
        graphql_envelop_request: true,
        graphql_envelop_request_duration: true,
        graphql_envelop_error_result: true,
        graphql_envelop_deprecated_field: true,
        graphql_yoga_http_duration: true,
      },
    }),
    {
      onRequest({ url, request, fetchAPI, endResponse }) {
        if (url.pathname !== endpoint) return undefined;
        if (!allowed(request.headers.get('authorization'))) {
          endResponse(
            new fetchAPI.Response('metrics need Authorization: Bearer <METRICS_TOKEN>\n', {
              status: 401,
              headers: { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' },
            }),
          );
          return undefined;
        }
        return metrics.registry.metrics().then((text) => {
          endResponse(
            new fetchAPI.Response(text, {
              headers: { 'content-type': metrics.registry.contentType },
            }),
          );
        });
      },
    },
  ];
}
