/** The "Add Security Coverage" drawer. */
export const creation = {
  'creation.button': 'Add Security Coverage',
  'creation.title': 'Add Security Coverage',
  'creation.close': 'Close',
  'creation.step.entity': 'Select entity to cover',
  'creation.step.mode': 'Choose how',
  'creation.step.details': 'Coverage details',
  'creation.steps': 'Steps',
  'creation.stepBack': 'Back to: {step}',
  'creation.mode.automated': 'Automated using Enrichment',
  'creation.mode.automatedBody':
    'OpenAEV runs attack simulations on your assets and sends back Prevention, Detection and Vulnerability scores, then keeps them up to date.',
  'creation.mode.manual': 'Manual Input',
  'creation.mode.manualBody':
    'Enter the security coverage metrics and scores for this entity yourself.',
  'creation.mode.willRun':
    '{count, plural, one {Will run on: {names}} other {Will run on # connectors: {names}}}',
  'creation.mode.noConnector':
    'No OpenAEV Coverage connector is available. A system administrator must configure OpenAEV as an enrichment connector of this OpenCTI platform (the Result tab needs OpenAEV 2.3.1 or later).',
  'creation.mode.unhealthy':
    '{name} is {health, select, inactive {inactive} other {not responding (last seen {seen})}}.',
  'creation.mode.unhealthyHelp':
    'Check that OpenAEV is running and can reach OpenCTI, or ask a system administrator.',
  'creation.mode.never': 'never',
  'creation.mode.noEligible':
    'This {type} holds no attack pattern with a MITRE ATT&CK ID and no vulnerability, so OpenAEV has nothing to test. Add some to it, or use Manual Input.',
  'creation.eligible':
    '{attackPatterns, plural, =0 {No attack pattern} one {# attack pattern} other {# attack patterns}} and {vulnerabilities, plural, =0 {no vulnerability} one {# vulnerability} other {# vulnerabilities}} will be tested.',
  'creation.existing':
    'This {type} already has a security coverage: {name}. OpenCTI keeps one coverage per entity.',
  'creation.existing.open': 'Open it',
  'creation.covering': 'Covering {type}: {name}',
  'creation.field.periodicity': 'Coverage validity period',
  'creation.field.periodicityHelp':
    'OpenAEV simulates again at this interval; results older than this are outdated.',
  'creation.field.metrics': 'Metrics assessed',
  'creation.field.sourceUrlHelp': 'Where this assessment comes from (http or https).',
  'creation.field.tested': 'Entities to test (optional)',
  'creation.field.testedHelp':
    "Choose which of the covered entity's attack patterns and vulnerabilities this assessment covers.",
  'creation.field.testedNone': 'This entity holds no attack pattern or vulnerability.',
  'creation.field.testedCount': '{selected} of {total} selected',
  'creation.field.selectAll': 'Select all',
  'creation.field.selectNone': 'Select none',
  'creation.submit': 'Create',
  'creation.submitting': 'Creating…',
  'creation.fixErrors': 'Some fields need attention before the coverage can be created.',
  'creation.failed': 'The coverage was not created: {reason}',
  'creation.testedFailed':
    'The coverage was created, but not every entity to test was linked to it: {reason} They are still selected; send again to finish.',
  'creation.scoresFailed':
    'The coverage was created, but its scores were not saved: {reason} They are still here; send them again.',
  'creation.created': 'Security coverage "{name}" created.',
  'creation.picker.search': 'Search entities',
  'creation.picker.type': 'Entity type',
  'creation.picker.allTypes': 'All types',
  'creation.picker.count': '{shown} of {total}',
  'creation.picker.empty': 'No entity matches. Change the search or the type.',
  'creation.picker.hasCoverage': 'Has a coverage',
  'creation.picker.openCoverage': 'Open its coverage',
  'creation.picker.choose': 'Cover {name}',
} as const;
