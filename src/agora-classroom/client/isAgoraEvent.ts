import type { components } from '../../../generated/agora-classroom.ts';
import type { AgoraEvent } from './iterateClassroomEvents.ts';

type Schemas = components['schemas'];

/** The event types whose `data` the document details, by `cmd` (AG-28). */
export interface AgoraEventsByCmd {
  1: Schemas['ClassStateEvent'];
  3: Schemas['ChatMessageEvent'];
  20: Schemas['UsersEvent'];
  1001: Schemas['RecordingStateEvent'];
}

/**
 * Narrows an event to the type its `cmd` names. Needed because TypeScript cannot express the
 * document's "any other cmd" fallback (`OtherEvent` has `cmd: number`), so `event.cmd === 1` alone
 * leaves `data` loosely typed.
 *
 * @example
 *   if (isAgoraEvent(event, 1)) console.log(event.data.state); // 0 | 1 | 2 | 3
 */
export function isAgoraEvent<Cmd extends keyof AgoraEventsByCmd>(event: AgoraEvent, cmd: Cmd): event is AgoraEventsByCmd[Cmd] {
  return event.cmd === cmd;
}
