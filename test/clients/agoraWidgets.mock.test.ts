import { describe, expect, it } from 'vitest';
import { AgoraRoomNotFoundError } from '../../src/agora-classroom/client/errors.ts';
import { iteratePollData } from '../../src/agora-classroom/client/iteratePollData.ts';
import { iteratePopupQuizData } from '../../src/agora-classroom/client/iteratePopupQuizData.ts';
import { iterateWidgetEvents } from '../../src/agora-classroom/client/iterateWidgetEvents.ts';
import { unwrapAgora } from '../../src/agora-classroom/client/unwrapAgora.ts';
import { collect, useRunningMocks } from './support/runningMocks.ts';

// The live class of the default seed (no duration: it stays in progress under any clock).
const LIVE = 'math class 7B';
const t = useRunningMocks();
const failure = async (call: () => Promise<unknown>) => call().then(() => undefined, (e: unknown) => e);
type Client = ReturnType<typeof t.agora>;

/** Sets widget `widgetUuid`'s properties `times` times: one cmd-1110 event each, `extra.round` 1..times. */
async function setWidget(client: Client, widgetUuid: string, times: number): Promise<void> {
  for (let round = 1; round <= times; round++) {
    unwrapAgora(
      await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/{widgetUuid}', {
        params: { path: { appId: client.appId, roomUuid: LIVE, widgetUuid } },
        body: { extra: { round }, state: 1 },
      }),
    );
  }
}
const rounds = (events: readonly { readonly data: unknown }[]) =>
  events.map((e) => ((e.data as { changeProperties?: { extra?: { round?: number } } }).changeProperties?.extra?.round));
const queryOf = (request: Request | undefined) => Object.fromEntries(new URL(request?.url ?? 'http://x').searchParams);

describe('iterateWidgetEvents against the running mock', () => {
  it("follows nextId over 101 events of one widget (two batches of Agora's 100), in sequence order", async () => {
    const client = t.agora();
    await setWidget(client, 'countdownTimer', 101);
    t.requests.length = 0;
    const events = await collect(iterateWidgetEvents(client, { roomUuid: LIVE, widgetUuid: 'countdownTimer' }));
    expect(rounds(events)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    expect(events.every((e) => e.cmd === 1110)).toBe(true);
    expect(t.requests.map(queryOf)).toEqual([{}, { nextId: String(events[100]?.sequence) }]);
  });

  it('yields nothing for a widget nobody used, and only the asked widget', async () => {
    const client = t.agora();
    await setWidget(client, 'countdownTimer', 2);
    expect(await collect(iterateWidgetEvents(client, { roomUuid: LIVE, widgetUuid: 'stopwatch' }))).toEqual([]);
  });

  it('throws AgoraRoomNotFoundError for an unknown classroom', async () => {
    const error = await failure(() => collect(iterateWidgetEvents(t.agora(), { roomUuid: 'no such room', widgetUuid: 'countdownTimer' })));
    expect(error).toBeInstanceOf(AgoraRoomNotFoundError);
  });
});

describe.each([
  ['iteratePopupQuizData', 'popupQuiz', iteratePopupQuizData],
  ['iteratePollData', 'poll', iteratePollData],
] as const)('%s against the running mock', (_name, widgetUuid, iterate) => {
  it(`reads the ${widgetUuid} widget's 5 events in batches of count 2 (three requests, count on each), oldest first`, async () => {
    const client = t.agora();
    await setWidget(client, widgetUuid, 5);
    await setWidget(client, widgetUuid === 'poll' ? 'popupQuiz' : 'poll', 1);
    t.requests.length = 0;
    const items = await collect(iterate(client, { roomUuid: LIVE, count: 2 }));
    expect(rounds(items)).toEqual([1, 2, 3, 4, 5]);
    expect(items.map((e) => (e.data as { widgetUuid?: string }).widgetUuid)).toEqual(Array(5).fill(widgetUuid));
    expect(t.requests.map(queryOf)).toEqual([
      { count: '2' },
      { count: '2', nextId: String(items[2]?.sequence) },
      { count: '2', nextId: String(items[4]?.sequence) },
    ]);
  });

  it('asks without count when none is given (the server default, 100) and yields nothing for a classroom without data', async () => {
    const client = t.agora();
    expect(await collect(iterate(client, { roomUuid: LIVE }))).toEqual([]);
    expect(t.requests.map(queryOf)).toEqual([{}]);
  });

  it('refuses a count below 1 with a RangeError before sending anything', () => {
    expect(() => iterate(t.agora(), { roomUuid: LIVE, count: 0 })).toThrow(RangeError);
    expect(t.requests).toEqual([]);
  });

  it('throws AgoraRoomNotFoundError for an unknown classroom', async () => {
    expect(await failure(() => collect(iterate(t.agora(), { roomUuid: 'no such room' })))).toBeInstanceOf(AgoraRoomNotFoundError);
  });
});
