import { describe, expect, it } from 'vitest';
import { answerFromSpec } from '../../../../src/core/mock/pipeline/answerFromSpec.ts';
import type { SpecAnswer, SpecRequest, SpecResponder } from '../../../../src/core/mock/pipeline/SpecResponder.ts';

const request = { method: 'GET', path: '/things', query: new URLSearchParams(), headers: {}, body: undefined };
const responder = (answer: SpecAnswer) => {
  const asked: SpecRequest[] = [];
  const spec: SpecResponder = { respond: async (r) => (asked.push(r), answer) };
  return { spec, asked };
};

describe('stage: Prefer (the document answers instead of the state)', () => {
  it('asks the responder when the client prefers a code, an example or dynamic data', async () => {
    const { spec, asked } = responder({ kind: 'answer', response: { status: 404, body: { message: 'example' } } });
    expect(await answerFromSpec(spec, { code: 404 }, request)).toEqual({ kind: 'answered', response: { status: 404, body: { message: 'example' } } });
    expect(asked[0]?.prefer).toEqual({ code: 404 });
  });

  it('does not ask when the client prefers none of those (a delay alone), or when there is no responder', async () => {
    const { spec, asked } = responder({ kind: 'answer', response: { status: 200 } });
    expect(answerFromSpec(spec, { delayMs: 5 }, request)).toEqual({ kind: 'notAsked' });
    expect(await answerFromSpec(undefined, { code: 404 }, request)).toEqual({ kind: 'notAsked' });
    expect(asked).toEqual([]);
  });

  it('ignores a preference that cannot be honoured (RFC 7240) with a reason fit for a header', async () => {
    const { spec } = responder({ kind: 'cannotHonour', reason: `no example «x»\n${'y'.repeat(300)}` });
    const outcome = await answerFromSpec(spec, { example: 'x' }, request);
    expect(outcome.kind).toBe('ignored');
    const reason = outcome.kind === 'ignored' ? outcome.reason : '';
    expect(reason).toMatch(/^no example  x  y+$/);
    expect(reason.length).toBe(200);
  });
});
