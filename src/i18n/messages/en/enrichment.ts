/** The "Enrichment" panel: OpenCTI works that task OpenAEV for a coverage, and "Retry". */
export const enrichment = {
  'enrichment.title': 'Enrichment',
  'enrichment.close': 'Close the Enrichment panel',
  'enrichment.loading': 'Loading the enrichment history',
  'enrichment.loadFailed': 'The enrichment history could not be loaded',
  'enrichment.notFound': 'This coverage no longer exists.',
  'enrichment.neverTasked':
    'OpenAEV was never tasked for this coverage. Use "Retry" on a connector to ask it now.',
  'enrichment.noConnector': 'No enrichment connector handles Security Coverages',
  'enrichment.noConnector.body':
    'A system administrator configures OpenAEV as an enrichment connector (OpenAEV Coverage) in OpenCTI; the Result tab needs OpenAEV 2.3.1 or later.',
  'enrichment.connector.active': 'Active',
  'enrichment.connector.inactive': 'Inactive (disconnected)',
  'enrichment.connector.seen': 'last seen',
  'enrichment.connector.neverSeen': 'never seen',
  'enrichment.connector.noWork': 'No attempt by this connector yet.',
  'enrichment.works': 'Attempts by {connector}',
  'enrichment.state.waiting': 'Waiting',
  'enrichment.state.inProgress': 'In progress',
  'enrichment.state.complete': 'Complete',
  'enrichment.state.failed': 'Failed',
  'enrichment.state.timedOut': 'Timed out',
  'enrichment.work.label': '{state}, started {started}',
  'enrichment.work.started': 'Started',
  'enrichment.work.took': 'took {duration}',
  'enrichment.work.running': 'running for {duration}',
  'enrichment.work.error': 'Error:',
  'enrichment.retry': 'Retry',
  'enrichment.retry.tooltip': 'Ask this connector to assess the coverage again',
  'enrichment.retry.blocked.noCapability':
    'You need the "Enrich knowledge" capability (KNOWLEDGE_KNENRICHMENT) to retry.',
  'enrichment.retry.blocked.inactive':
    'This connector is not running: it cannot take a new task until it reconnects.',
  'enrichment.retry.blocked.active':
    'An attempt by this connector is still waiting or in progress: wait for it to end.',
  'enrichment.retry.blocked.sending': 'Sending the request…',
  'enrichment.retry.sent': 'OpenAEV was asked to assess the coverage again.',
  'enrichment.retry.failed': 'The new attempt could not be requested. {reason}',
  'enrichment.stuck':
    'This attempt has not ended after {minutes} minutes. Check that the connector is alive and that OpenAEV is reachable from it, then retry.',
  'enrichment.stuck.seen': 'The connector was last seen {seen}.',
  'enrichment.stuck.neverSeen': 'The connector was never seen.',
  'enrichment.drift.title': 'The {type} changed since the last assessment',
  'enrichment.drift.untested':
    '{count, plural, one {# entity OpenAEV can test was} other {# entities OpenAEV can test were}} not in the last assessment.',
  'enrichment.drift.removed':
    '{count, plural, one {# tested entity is} other {# tested entities are}} no longer in it.',
  'enrichment.drift.retry': 'Retry in the Enrichment panel',
} as const;
