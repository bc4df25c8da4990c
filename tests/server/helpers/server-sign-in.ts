// Sign-in against a server running as its own process (crash and CLI tests): the first admin's
// invitation from `npm run admin:create` (run while the server is stopped, as PGlite wants),
// then enrollment and invitations over HTTP, as a phone and a lurah would.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { CreatedInvitation, EnrollResponse, InvitationRequest } from '@shared/auth/api';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Runs the admin:create command with this environment; returns its output and the code. */
export async function adminCreate(
  env: Record<string, string>,
  args = ['--name', 'Admin Uji', '--phone', '081234567890'],
): Promise<{ output: string; code: string }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/server/cli/admin-create.ts', ...args],
    { cwd: ROOT, env: { ...process.env, ...env } },
  );
  const code = /Kode:\s+([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(stdout)?.[1];
  if (!code) throw new Error(`no code printed:\n${stdout}`);
  return { output: stdout, code };
}

async function call<T>(url: string, path: string, token: string | null, body: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path} → ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

export function enrollOverHttp(
  url: string,
  code: string,
  deviceId: string,
  name = 'Pengguna Uji',
): Promise<EnrollResponse> {
  return call(url, '/api/auth/enroll', null, { code, name, phone: '081234567890', deviceId });
}

export function inviteOverHttp(
  url: string,
  token: string,
  request: InvitationRequest,
): Promise<CreatedInvitation> {
  return call(url, '/api/invitations', token, request);
}
