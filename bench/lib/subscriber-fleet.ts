/**
 * The S7 subscriber fleet (bench/subscribers.ts): graphql-ws clients in their own process on the
 * load core, so that a thousand sockets do not compete with Paygraph for its core.
 */
import { join } from 'node:path';
import { ROOT, spawnPinned, isReadyMessage, waitForMessage, type Child } from './proc';
import { API_KEY, LOAD_CORE, TS_ENV, TS_NODE, cleanEnv } from './env';

export async function startSubscribers(options: { wsUrl: string; logFile: string }): Promise<Child> {
  const child = spawnPinned({
    name: 'subscribers',
    core: LOAD_CORE,
    command: process.execPath,
    args: [...TS_NODE, join(ROOT, 'bench', 'subscribers.ts')],
    env: { ...cleanEnv(), ...TS_ENV, SUBS_URL: options.wsUrl, SUBS_API_KEY: API_KEY },
    logFile: options.logFile,
    ipc: true,
  });
  await waitForMessage(child, isReadyMessage);
  return child;
}
