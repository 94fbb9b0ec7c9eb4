import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../../src/agora-classroom/mock/', import.meta.url);
const sources = readdirSync(folder).filter((name) => name.endsWith('.ts'));

describe('the Agora domain (src/agora-classroom/mock) runs in a browser too', () => {
  it.each(sources)('%s imports no node: module and uses no Buffer or process', (name) => {
    const text = readFileSync(new URL(name, folder), 'utf8');
    expect(text).not.toMatch(/from ['"]node:|require\(|\bBuffer\b|\bprocess\./);
  });

  it('takes the document only in the factory (createAgoraClassroomMock.ts), as a JSON module: no file is read', () => {
    const readers = sources.filter((name) => /\bloadDocument\b|\bAGORA_CLASSROOM_DOCUMENT\b/.test(readFileSync(new URL(name, folder), 'utf8')));
    expect(readers).toEqual(['createAgoraClassroomMock.ts']);
    expect(sources.filter((name) => /\bloadDocument\b/.test(readFileSync(new URL(name, folder), 'utf8')))).toEqual([]);
  });

  it('takes no type from generated/ except in the views and the handler (the typed edge)', () => {
    const users = sources.filter((name) => readFileSync(new URL(name, folder), 'utf8').includes('generated/agora-classroom'));
    expect(users.sort()).toEqual(['handleRequest.ts', 'toClassroom.ts', 'toEvent.ts', 'toRecording.ts', 'toUser.ts']);
  });
});
