import type { RecordingRow, RoomRow, StreamingUrls, WebRecording } from './state.ts';

/** The set-recording-state body as the document describes it (`SetRecordingStateRequest`), read on a start. */
export interface RecordingRequest {
  readonly mode?: 'web';
  readonly webRecordConfig?: {
    readonly rootUrl: string;
    readonly url?: string;
    readonly publishRtmp?: boolean | 'true' | 'false';
    readonly onhold?: boolean;
    readonly videoBitrate?: number;
    readonly videoFps?: number;
    readonly audioProfile?: 0 | 1 | 2;
    readonly videoWidth?: number;
    readonly videoHeight?: number;
    readonly maxRecordingHour?: number;
  };
  readonly retryTimeout?: number;
}

const HOUR_S = 3600;
/** A web page recording writes a new MP4 file about every 2 hours (EN, CN 2.11). */
const FILE_MS = 2 * HOUR_S * 1000;
/** 1280×720: at and above it the default bitrate is 2000 Kbps, below it 1500 (EN, CN). */
const HD_PIXELS = 1280 * 720;

/**
 * How a start request wants to record: `'composite'` without `mode` (the body's other members are
 * then ignored, AG-51), `'rootUrlEmpty'` for `mode` `web` without a `rootUrl` (400/30400412), else
 * `'web'`.
 *
 * @example
 *   recordingMode({ mode: 'web', webRecordConfig: { rootUrl: '' } }); // 'rootUrlEmpty'
 */
export function recordingMode(body: RecordingRequest | undefined): 'composite' | 'web' | 'rootUrlEmpty' {
  if (body?.mode !== 'web') return 'composite';
  return body.webRecordConfig?.rootUrl ? 'web' : 'rootUrlEmpty';
}

/**
 * A new web page recording's configuration, with the defaults of AG-51 where the body gives none:
 * 1280×720, 15 fps, audio profile 0, 1500 Kbps below 1280×720 and 2000 at or above it, and
 * `maxRecordingHour` = the class `duration` plus `closeDelay` rounded up to whole hours (2 without a
 * duration). With a `retryTimeout` above 0 the recording first waits for the page's ready call; with
 * none (or 0) it records at once, unless it starts on hold.
 *
 * @example
 *   newWebRecording({ mode: 'web', webRecordConfig: { rootUrl: 'https://x.example' } }, room, { recordUid: '123456789', startTime: now });
 *   // { rootUrl, publishRtmp: false, videoBitrate: 2000, ..., maxRecordingHour: 1, ready: true, recordingSince: now, ... }
 */
export function newWebRecording(body: RecordingRequest, room: RoomRow, start: { readonly recordUid: string; readonly startTime: number }): WebRecording {
  const config = body.webRecordConfig!;
  const videoWidth = config.videoWidth ?? 1280;
  const videoHeight = config.videoHeight ?? 720;
  const retryTimeout = body.retryTimeout !== undefined && body.retryTimeout > 0 ? body.retryTimeout : undefined;
  const onhold = config.onhold ?? false;
  const ready = retryTimeout === undefined;
  return {
    rootUrl: config.rootUrl,
    ...(config.url === undefined ? {} : { url: config.url }),
    publishRtmp: config.publishRtmp === true || config.publishRtmp === 'true',
    videoBitrate: config.videoBitrate ?? (videoWidth * videoHeight >= HD_PIXELS ? 2000 : 1500),
    videoFps: config.videoFps ?? 15,
    audioProfile: config.audioProfile ?? 0,
    videoWidth,
    videoHeight,
    maxRecordingHour: config.maxRecordingHour ?? defaultMaxRecordingHour(room),
    ...(retryTimeout === undefined ? {} : { retryTimeout }),
    webRecordUrlQuery: config.url === undefined ? launchQuery(room, start.recordUid) : queryOf(config.url),
    ready,
    retries: 0,
    waitUntil: ready ? null : start.startTime + retryTimeout * 1000,
    recordedMs: 0,
    recordingSince: ready && !onhold ? start.startTime : null,
    unready: false,
  };
}

/**
 * The default `maxRecordingHour` (AG-51): `duration` + `closeDelay` rounded up to whole hours (EN's
 * create-classroom table and CN), at least 1; 2 hours when the classroom has no `duration`.
 *
 * @example
 *   defaultMaxRecordingHour({ ...room, schedule: { startTime, duration: 1800, closeDelay: 600 } }); // 1
 */
export function defaultMaxRecordingHour(room: Pick<RoomRow, 'schedule'>): number {
  // A schedule may come without a duration (AG-31).
  const duration: number | null | undefined = room.schedule.duration;
  const closeDelay: number | null | undefined = room.schedule.closeDelay;
  if (duration === null || duration === undefined) return 2;
  return Math.max(1, Math.ceil((duration + (closeDelay ?? 600)) / HOUR_S));
}

/**
 * The recording's `streamingUrl` (AG-7): the `live.mock.invalid` addresses when it was started with
 * `publishRtmp`, else `null` (the `.invalid` domain, RFC 2606, cannot be mistaken for a real stream).
 *
 * @example
 *   streamingUrlOf(record)?.hls; // 'https://live.mock.invalid/a1f3…/67c56e10….m3u8'
 */
export function streamingUrlOf(record: Pick<RecordingRow, 'appId' | 'recordId' | 'web'>): StreamingUrls | null {
  if (!record.web?.publishRtmp) return null;
  const path = `${record.appId.toLowerCase()}/${record.recordId}`;
  return { rtmp: `rtmp://live.mock.invalid/${path}`, flv: `https://live.mock.invalid/${path}.flv`, hls: `https://live.mock.invalid/${path}.m3u8` };
}

/**
 * The MP4 files a web page recording has written by `nowMs` (AG-51): one per started 2 hours of
 * recorded time, `scenario/recording/{appId}/{recordId}/{sid}_{n}.mp4`; none while nothing has been
 * recorded (a task on hold from its start, or still waiting for the page).
 *
 * @example
 *   recordDetailsOf(record, nowMs); // [{ url: 'scenario/recording/a1f3…/67c5…/38f8…_0.mp4' }]
 */
export function recordDetailsOf(record: Pick<RecordingRow, 'appId' | 'recordId' | 'sid'> & { readonly web: WebRecording }, nowMs: number): { url: string }[] {
  const files = Math.ceil(recordedMs(record.web, nowMs) / FILE_MS);
  return Array.from({ length: files }, (_, n) => ({ url: `scenario/recording/${record.appId.toLowerCase()}/${record.recordId}/${record.sid}_${n}.mp4` }));
}

/**
 * Recorded time (ms) at `nowMs`: what was recorded before, plus the stretch running now (never
 * negative, should the clock have been set back).
 *
 * @example
 *   recordedMs({ ...web, recordedMs: 1000, recordingSince: 5000 }, 8000); // 4000
 */
export function recordedMs(web: Pick<WebRecording, 'recordedMs' | 'recordingSince'>, nowMs: number): number {
  return web.recordedMs + (web.recordingSince === null ? 0 : Math.max(0, nowMs - web.recordingSince));
}

/**
 * The recording as it stands once nothing more is written from `atMs` on (a pause, a stop): the
 * running stretch is added to the recorded time.
 *
 * @example
 *   pauseWeb(web, now).recordingSince; // null
 */
export function pauseWeb(web: WebRecording, atMs: number): WebRecording {
  return web.recordingSince === null ? web : { ...web, recordedMs: recordedMs(web, atMs), recordingSince: null };
}

/**
 * The recording as it stands when it may write from `atMs` on: a new recorded stretch begins when
 * the page is ready and the task is not on hold.
 *
 * @example
 *   resumeWeb({ ...web, ready: true }, false, now).recordingSince; // now
 */
export function resumeWeb(web: WebRecording, onhold: boolean, atMs: number): WebRecording {
  return web.ready && !onhold && web.recordingSince === null ? { ...web, recordingSince: atMs } : web;
}

/** The launch parameters the service appends to `rootUrl` (AG-51), percent-encoded. */
function launchQuery(room: Pick<RoomRow, 'appId' | 'roomUuid' | 'roomType'>, recordUid: string): string {
  const parameters: [string, string][] = [
    ['userUuid', recordUid],
    ['roomUuid', room.roomUuid],
    ['roomType', String(room.roomType)],
    ['roleType', '0'],
    ['pretest', 'false'],
    ['language', 'en'],
    ['appId', room.appId],
  ];
  return parameters.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

/** The query of a URL as written (after the first `?`, before any `#`), without normalising it. */
function queryOf(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return '';
  const end = url.indexOf('#', start);
  return url.slice(start + 1, end < 0 ? undefined : end);
}
