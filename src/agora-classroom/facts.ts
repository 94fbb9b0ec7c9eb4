/**
 * Facts about the Agora Flexible Classroom v2 REST API itself, read by its mock, its client, its
 * fuzz target and the contract kit, so that none of them keeps its own copy. Browser-safe: plain
 * constants only.
 *
 * @example
 *   import { AGORA_FACTS } from '../facts.ts';
 *   AGORA_FACTS.codes.roomNotFound; // 20404100
 */
export const AGORA_FACTS = {
  /** The real host (reference: `api.agora.io`; `api.sd-rtn.com` inside mainland China). */
  baseUrl: 'https://api.agora.io',
  /** The region prefixes of the current reference: `/{region}/edu/...` (AG-11). */
  regions: ['cn', 'ap', 'eu', 'na'] as const,
  /** Header names, lower case as HTTP/1.1 and fetch normalise them. */
  headers: {
    /** AccessToken mode (the seed's): an RTM token... */
    token: 'x-agora-token',
    /** ...and the uid it was built for. */
    uid: 'x-agora-uid',
    /** AccessToken2 mode: `Authorization: agora token=<token>` (AG-12). */
    authorization: 'authorization',
  },
  /** What a client puts before the token in `Authorization` (AG-12: the scheme `agora`, then `token=`). */
  authorizationPrefix: 'agora token=',
  /**
   * Business codes by name (the envelope's `code`). Where Agora documents none, the code is the HTTP
   * status (AG-16, AG-18, AG-20).
   */
  codes: {
    success: 0,
    badRequest: 400,
    unauthorized: 401,
    roomAlreadyExists: 409,
    payloadTooLarge: 413,
    unsupportedMediaType: 415,
    internalError: 500,
    serviceUnavailable: 503,
    roomNotFound: 20404100,
    userNotFound: 20404200,
    chatMuted: 30403200,
    classAlreadyStarted: 30409100,
    classEnded: 30409101,
    roomTypeConflict: 30409104,
    recordingNotStarted: 30409410,
    recordingNotEnded: 30409411,
    recordingAfterClassEnded: 30410100,
    webRecordingRootUrlEmpty: 30400412,
  },
} as const;

/** One of Agora's region prefixes. */
export type AgoraRegion = (typeof AGORA_FACTS.regions)[number];

/** A business code of the table above. */
export type AgoraCode = (typeof AGORA_FACTS.codes)[keyof typeof AGORA_FACTS.codes];
