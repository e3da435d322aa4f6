declare module 'react-relay/lib/ReactRelayContext' {
  import type { ReactRelayContext } from 'react-relay/legacy';

  const context: typeof ReactRelayContext;
  export default context;
}
