import { APP_ID } from '../agoraTestKit.ts';

/**
 * The default App with no classrooms: tests that create what they need through the API start from
 * it, so they do not depend on the default seed's contents.
 */
export const EMPTY_APP_SEED = { apps: [{ appId: APP_ID, boardAppId: 'mock-board-app/identifier', rooms: [] }] };
