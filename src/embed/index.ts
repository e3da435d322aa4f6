/**
 * The Security Coverage console as a library for host CTI consoles (`npm run build:lib` → dist-lib/). React,
 * react-dom, react-relay, relay-runtime, MUI, emotion and react-router are peer dependencies.
 */
export { createSecurityCoverageRoutes } from './routes';
export {
  AddSecurityCoverageButton,
  type AddSecurityCoverageButtonProps,
} from './AddSecurityCoverageButton';
export { EmbedProviders, type EmbedOptions } from './EmbedProviders';
export { createOpenCTIEnvironment } from './environment';
export { SecurityCoverageResultTable } from './ResultTable';
// For hosts whose own Relay network talks to OpenCTI: adapts an operation to the server's API generation.
export { prepareOperationText } from '../relay/serverShape';
