/** Live mode's Connection page. */
export const connection = {
  'connection.title': 'Connect to OpenCTI',
  'connection.demo':
    'This is the demo: the console talks to an OpenCTI that runs in your browser, with a simulated OpenAEV. No connection is needed.',
  'connection.intro':
    'Enter the address of your OpenCTI platform and an API token. The token stays in this browser tab unless you choose to remember it.',
  'connection.url': 'OpenCTI URL',
  'connection.url.help':
    'For example https://opencti.example.org. Leave empty to use {endpoint} on this site.',
  'connection.url.invalid':
    'Enter an http:// or https:// address, such as https://opencti.example.org.',
  'connection.token': 'API token',
  'connection.token.help':
    'In OpenCTI: your profile, then "API access". Leave empty when a proxy on this site adds the token.',
  'connection.token.show': 'Show the token',
  'connection.token.hide': 'Hide the token',
  'connection.remember': 'Remember on this device',
  'connection.remember.warning':
    'The token will be kept in this browser after you close it. Use this only on a device that is yours, and sign out when done.',
  'connection.test': 'Test connection',
  'connection.connect': 'Connect',
  'connection.signOut': 'Sign out',
  'connection.signIn': 'Sign in to OpenCTI',
  'connection.testing': 'Testing the connection…',
  'connection.failed': 'The connection does not work',
  'connection.problem.badUrl': 'The URL is not an http:// or https:// address.',
  'connection.problem.unreachable':
    'Nothing answered at this address. Check the URL, that the server is up, and your network.',
  'connection.problem.timeout':
    'The server did not answer in time. It may be overloaded; try again.',
  'connection.problem.cors':
    'The server answered but refused this site (CORS). Serve the console from the same origin as OpenCTI (see the README) or allow this origin on the server.',
  'connection.problem.wrongUrl':
    'Something answered at this address, but not OpenCTI’s GraphQL API. Check the URL: it is the address of the platform, without /graphql.',
  'connection.problem.badToken':
    'OpenCTI refused the token (authentication required). Copy the token again from your profile in OpenCTI.',
  'connection.problem.noKnowledge':
    'You are signed in, but this user may not read knowledge in OpenCTI (capability KNOWLEDGE). Ask an administrator for access.',
  'connection.problem.server':
    'OpenCTI answered with an error. Try again; if it persists, check the server logs.',
  'connection.ok': 'Connected to OpenCTI {version} as {user}',
  'connection.versionUnknown': '(version unknown)',
  'connection.access.full': 'You can create, update and delete Security Coverages.',
  'connection.access.readOnly':
    'Read-only: this user lacks KNOWLEDGE_KNUPDATE, so the console will not offer to create or change coverages.',
  'connection.openaev': 'OpenAEV platform: {url}.',
  'connection.openaev.none': 'No OpenAEV platform URL is set in OpenCTI’s settings.',
} as const;
