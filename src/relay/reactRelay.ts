/**
 * What the console's builds resolve `react-relay` to (see `resolve.alias` in vite.config.ts): the hooks entry, as
 * `react-relay`'s main entry also bundles the legacy containers (QueryRenderer, createFragmentContainer, …) that the
 * console never uses, about 7 kB gzip on every page. Plus the context, with which embedded pieces find a host's
 * environment. Sources keep importing from 'react-relay' (its types); `reactRelay.test.ts` checks that every name
 * they import is here.
 */
export * from 'react-relay/hooks';
export { default as ReactRelayContext } from 'react-relay/lib/ReactRelayContext';
