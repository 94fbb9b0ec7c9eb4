/**
 * The repository's entry point: both typed clients (AnyClassroom API v1.2, Agora Flexible Classroom
 * v2), their helpers (pagination, `nextId` batches, event polling, retry), typed errors, the
 * generated types and response validation. Published, the two clients are separate packages
 * (`@classroom-toolkit/anyclassroom-client`, `@classroom-toolkit/agora-classroom-client`), each with
 * a browser entry (`src/<api>/client/index.ts`) and a validation entry (`validation.ts`); this file
 * is their union, so the lists of names live once, in those entries.
 *
 * @example
 *   import { createAnyClassroomClient, iterateAnyClassroomItems } from './index.ts';
 *   const client = createAnyClassroomClient({ token });
 *   for await (const device of iterateAnyClassroomItems(client, '/devices')) console.log(device.anydesk_id);
 */
export * from './anyclassroom/client/index.ts';
export * from './anyclassroom/client/validation.ts';
export * from './agora-classroom/client/index.ts';
export * from './agora-classroom/client/validation.ts';
