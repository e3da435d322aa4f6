import type { Environment, MutableRecordSource } from 'relay-runtime';
import { forgetServerShape } from './serverShape';

/**
 * Drops every record the store holds. On sign-out the next user of this tab must not see, even for a moment, what
 * the previous one could read: every page reads its data again from the server, and the next server is probed anew.
 */
export function forgetCachedData(environment: Environment): void {
  (environment.getStore().getSource() as MutableRecordSource).clear();
  forgetServerShape(environment);
}
