import { describe, expect, it } from 'vitest';
import { createLogger, loggableError } from './logger';
import { ServiceMetrics } from './metrics';
import { requestIdFrom } from './request-context';
import { tracingConfiguredByEnvironment } from './tracing';

describe('requestIdFrom', () => {
  it('keeps a plain token and replaces anything else with a UUID', () => {
    expect(requestIdFrom('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    for (const bad of [undefined, '', 'with space', 'a'.repeat(129), 'line\nbreak', '"quoted"']) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('ServiceMetrics.operationLabel', () => {
  it('bounds label values: GraphQL names only, at most 200 distinct', () => {
    const metrics = new ServiceMetrics('test', { processMetrics: false });
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(metrics.operationLabel('drop table; --')).toBe('invalid');
    for (let i = 0; i < 200; i += 1) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    expect(metrics.operationLabel('Op7')).toBe('Op7');
  });
});

describe('logs', () => {
  it('redact tokens, variables and headers even when an object is logged whole', () => {
    const lines: string[] = [];
    const logger = createLogger('test', { level: 'info', destination: { write: (line: string) => void lines.push(line) } });
    logger.info({ authorization: 'Bearer secret-token', variables: { email: 'hanako@example.jp' }, req: { headers: { authorization: 'Bearer x' } } }, 'oops');
    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(line.service).toBe('test');
    expect(lines[0]).not.toContain('secret-token');
    expect(lines[0]).not.toContain('hanako@example.jp');
  });

  it('keep a database error’s class and SQLSTATE but not its message, which quotes values', () => {
    class UniqueConstraintViolationException extends Error {
      code = '23505';
    }
    const error = new UniqueConstraintViolationException("insert into groups (email) values ('hanako@example.jp') - duplicate key");
    const logged = loggableError(error);
    expect(logged).toMatchObject({ type: 'UniqueConstraintViolationException', code: '23505' });
    expect(JSON.stringify(logged)).not.toContain('hanako');
    expect(loggableError(new TypeError('x is undefined'))).toMatchObject({ type: 'TypeError', message: 'x is undefined' });
  });
});

describe('tracingConfiguredByEnvironment', () => {
  it('is off unless the standard OTEL_* variables ask for OTLP traces', () => {
    expect(tracingConfiguredByEnvironment({})).toBe(false);
    expect(tracingConfiguredByEnvironment({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingConfiguredByEnvironment({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingConfiguredByEnvironment({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingConfiguredByEnvironment({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(false);
    expect(tracingConfiguredByEnvironment({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' })).toBe(false);
  });
});
