/** The Security Coverage page's Result tab and its exports. */
export const coverageResult = {
  'result.title': 'Tested entities',
  'result.table': 'Coverage results',
  'result.count.rows': '{count, plural, one {# row} other {# rows}}',
  'result.count.placeholders': '{count, plural, one {# placeholder} other {# placeholders}}',
  'result.count.shown': '{shown} of {total} rows match',
  'result.mode.manual': 'Manual results',
  'result.mode.automated': 'OpenAEV results',
  'result.loadingAll': 'Loading every row to apply the score filter: {loaded} of {total}',
  'result.loadingMore': 'Loading more rows',
  'result.search': 'Search tested entities',
  'result.filter.type': 'Entity type',
  'result.filter.anyType': 'Any type',
  'result.filter.status': 'Result',
  'result.status.any': 'Covered or placeholder',
  'result.status.covered': 'Covered',
  'result.status.placeholder': 'Placeholder',
  'result.filter.below': 'Score below',
  'result.filter.belowHelp': '1–100, any metric',
  'result.col.type': 'Type',
  'result.col.name': 'Name',
  'result.col.coverage': 'Coverage',
  'result.col.labels': 'Labels',
  'result.col.markings': 'Markings',
  'result.col.result': 'Result',
  'result.col.lastModified': 'Last modified',
  'result.empty.title': 'No tested entity yet',
  'result.empty.body':
    'Results appear here once OpenAEV has run a simulation, or once a manual result lists the entities it tested.',
  'result.empty.filteredTitle': 'No row matches',
  'result.empty.filteredBody': 'Change the search or the filters to see more rows.',
  'result.placeholder.why': 'No result for {name}: why?',
  'result.placeholder.title': 'No executable test: a placeholder',
  'result.placeholder.intro':
    'OpenAEV generated a placeholder inject instead of an executable test, for one of these reasons:',
  'result.placeholder.reasonUnknown':
    'the attack pattern does not exist in OpenAEV (it is matched by MITRE ATT&CK ID or by name);',
  'result.placeholder.reasonUnknownOther':
    'the entity does not exist in OpenAEV (it is matched by its identifier or by name);',
  'result.placeholder.reasonPayload':
    'no compatible payload exists for the platforms and architectures derived from the asset groups of the Default Asset Rules (opencti tag).',
  'result.placeholder.stepsTitle': 'How to get a result',
  'result.placeholder.step1':
    'Verify the Default Asset Rules in OpenAEV: the asset groups selected for the opencti tag give the platforms and architectures a payload must support.',
  'result.placeholder.step2':
    'Check payload availability and enable the collectors “OpenAEV curated payloads” and “Atomic Red Team”.',
  'result.placeholder.step3':
    'If no payload fits, create a custom payload in OpenAEV for {id}, on the platforms of your asset groups.',
  'result.placeholder.step4':
    'Retrigger the enrichment of this Security Coverage, so OpenAEV builds the scenario again.',
  'result.placeholder.manualTitle': 'No score entered',
  'result.placeholder.manualBody':
    'This manual result lists {name} as tested but gives it no score yet. Edit the row to enter its scores.',
  'result.placeholder.copyMitre': 'Copy the MITRE ATT&CK ID {id}',
  'result.placeholder.copyName': 'Copy {id}',
  'result.placeholder.copied': 'Copied',
  'result.placeholder.openEnrichment': 'Open the Enrichment panel',
  'result.edit.open': 'Edit the scores of {name}',
  'result.edit.title': 'Scores of {name}',
  'result.edit.body': 'Scores from 0 to 100 for this tested entity in this result.',
  'result.edit.emptyHelp': 'Leave empty for no score',
  'result.edit.save': 'Save',
  'result.export': 'Export',
  'result.export.csv': 'Table as CSV',
  'result.export.layerHeader': 'ATT&CK Navigator layer (4.5)',
  'result.export.layer': '{metric} layer',
  'result.export.progress': 'Exporting: {done} of {total} rows',
  'result.export.csvDone': '{count, plural, one {# row exported} other {# rows exported}}',
  'result.export.layerDone':
    '{count, plural, one {Layer exported with # technique} other {Layer exported with # techniques}}',
  'result.export.failed': 'The export failed: {reason}',
  'result.layer.name': '{coverage} – {metric}',
  'result.layer.description':
    '{metric} scores of the attack patterns tested by the Security Coverage “{coverage}”.',
  'result.layer.placeholder':
    'Placeholder: OpenAEV has no executable test for this technique (unknown technique, or no payload for the targeted platforms).',
  'result.layer.placeholderLegend': 'Placeholder (no executable test)',
  'result.layer.scoreLine': '{result}: {metric} {score}',
  'result.layer.noScoreLine': '{result}: no {metric} score',
  'result.layer.low': '{metric} 0',
  'result.layer.high': '{metric} 100',
} as const;
