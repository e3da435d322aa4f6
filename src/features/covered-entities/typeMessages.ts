import type { CoverableEntityType } from '../../lib/entityTypes';
import type { MessageKey } from '../../i18n/messages/en';

/** The title of each type's list page ("Reports", "Incident responses"…). */
export const LIST_TITLE: Record<CoverableEntityType, MessageKey> = {
  Report: 'entities.list.title.Report',
  Grouping: 'entities.list.title.Grouping',
  Campaign: 'entities.list.title.Campaign',
  'Intrusion-Set': 'entities.list.title.Intrusion-Set',
  Incident: 'entities.list.title.Incident',
  'Case-Incident': 'entities.list.title.Case-Incident',
};

/** The singular name of each type ("Report", "Incident Response"…), from the shared catalog. */
export const TYPE_NAME: Record<CoverableEntityType, MessageKey> = {
  Report: 'entity.Report',
  Grouping: 'entity.Grouping',
  Campaign: 'entity.Campaign',
  'Intrusion-Set': 'entity.Intrusion-Set',
  Incident: 'entity.Incident',
  'Case-Incident': 'entity.Case-Incident',
};
