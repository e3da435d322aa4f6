import type { enrichment as en } from '../en/enrichment';

export const enrichment: Record<keyof typeof en, string> = {
  'enrichment.title': 'Enrichissement',
  'enrichment.close': "Fermer le panneau d'enrichissement",
  'enrichment.loading': "Chargement de l'historique d'enrichissement",
  'enrichment.loadFailed': "L'historique d'enrichissement n'a pas pu être chargé",
  'enrichment.notFound': "Cette couverture n'existe plus.",
  'enrichment.neverTasked':
    "OpenAEV n'a jamais été sollicité pour cette couverture. Utilisez « Réessayer » sur un connecteur pour le faire maintenant.",
  'enrichment.noConnector':
    "Aucun connecteur d'enrichissement ne traite les couvertures de sécurité",
  'enrichment.noConnector.body':
    "Un administrateur système configure OpenAEV comme connecteur d'enrichissement (OpenAEV Coverage) dans OpenCTI ; l'onglet Résultat nécessite OpenAEV 2.3.1 ou plus récent.",
  'enrichment.connector.active': 'Actif',
  'enrichment.connector.inactive': 'Inactif (déconnecté)',
  'enrichment.connector.seen': 'vu',
  'enrichment.connector.neverSeen': 'jamais vu',
  'enrichment.connector.noWork': "Aucune tentative de ce connecteur pour l'instant.",
  'enrichment.works': 'Tentatives de {connector}',
  'enrichment.state.waiting': 'En attente',
  'enrichment.state.inProgress': 'En cours',
  'enrichment.state.complete': 'Terminé',
  'enrichment.state.failed': 'Échec',
  'enrichment.state.timedOut': 'Délai dépassé',
  'enrichment.work.label': '{state}, démarré le {started}',
  'enrichment.work.started': 'Démarré',
  'enrichment.work.took': 'durée {duration}',
  'enrichment.work.running': 'en cours depuis {duration}',
  'enrichment.work.error': 'Erreur :',
  'enrichment.retry': 'Réessayer',
  'enrichment.retry.tooltip': 'Demander à ce connecteur de réévaluer la couverture',
  'enrichment.retry.blocked.noCapability':
    'Il faut la capacité « Enrichir la connaissance » (KNOWLEDGE_KNENRICHMENT) pour réessayer.',
  'enrichment.retry.blocked.inactive':
    'Ce connecteur ne fonctionne pas : il ne peut pas prendre de nouvelle tâche avant de se reconnecter.',
  'enrichment.retry.blocked.active':
    'Une tentative de ce connecteur est encore en attente ou en cours : attendez sa fin.',
  'enrichment.retry.blocked.sending': 'Envoi de la demande…',
  'enrichment.retry.sent': 'OpenAEV a été sollicité pour réévaluer la couverture.',
  'enrichment.retry.failed': "La nouvelle tentative n'a pas pu être demandée. {reason}",
  'enrichment.stuck':
    "Cette tentative n'est pas terminée après {minutes} minutes. Vérifiez que le connecteur fonctionne et qu'il peut joindre OpenAEV, puis réessayez.",
  'enrichment.stuck.seen': 'Le connecteur a été vu pour la dernière fois le {seen}.',
  'enrichment.stuck.neverSeen': "Le connecteur n'a jamais été vu.",
  'enrichment.drift.title': "L'élément couvert ({type}) a changé depuis la dernière évaluation",
  'enrichment.drift.untested':
    '{count, plural, one {# entité testable par OpenAEV ne figurait} other {# entités testables par OpenAEV ne figuraient}} pas dans la dernière évaluation.',
  'enrichment.drift.removed':
    "{count, plural, one {# entité testée n'y figure} other {# entités testées n'y figurent}} plus.",
  'enrichment.drift.retry': "Réessayer dans le panneau d'enrichissement",
};
